// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.geometry.Rgb;

/**
 * What the live layer puts on one node: a short text (value and unit, or the age of a stale value) and an
 * emphasis; {@code accent} colours alarm outlines and running tints (null for the default). {@code marked} puts
 * a small marker on the value box, whatever the emphasis: the live layer marks values that just changed while
 * it plays a recording back.
 */
public record Overlay(String text, Emphasis emphasis, @Nullable Rgb accent, boolean marked) {

	public Overlay(String text, Emphasis emphasis, @Nullable Rgb accent) {
		this(text, emphasis, accent, false);
	}

	public static Overlay of(String text) {
		return new Overlay(text, Emphasis.NORMAL, null);
	}

	/** The same overlay with the marker. */
	public Overlay withMarker() {
		return new Overlay(text, emphasis, accent, true);
	}
}
