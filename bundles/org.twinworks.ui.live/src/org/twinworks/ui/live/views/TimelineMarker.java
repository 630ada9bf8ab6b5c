// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.time.Instant;

import org.eclipse.swt.graphics.RGB;

/**
 * A moment or span of a recording marked on the Playback view's timeline: a band from {@code start} to
 * {@code end} (a tick when they are equal; an end still open at the recording's end is given as its end), drawn in
 * {@code colour}, with {@code tooltip} shown on hover. A click on it seeks to its start.
 */
public record TimelineMarker(Instant start, Instant end, RGB colour, String tooltip) {

	public TimelineMarker {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("a marker ends before it starts: " + start + " > " + end);
		}
	}
}
