// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.Set;

import org.twinworks.model.Signal;

/**
 * What changed since the previous delivery to the UI thread: the signals with new values, whether a
 * connection changed state (every derived state may have changed), and whether a clock tick passed (ages and
 * staleness move with time alone).
 */
public record LiveUpdate(Set<Signal> values, boolean connectionChanged, boolean tick) {

	/** True when everything shown may be out of date, not only the signals in {@link #values()}. */
	public boolean everything() {
		return connectionChanged || tick;
	}
}
