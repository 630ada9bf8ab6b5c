// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * What the last paint drew, for hit-testing, the hover readout and tests: the plot area, each horizontal
 * reference line (alarm limits HH/H/L/LL and the EURange ends) with its pixel row, and the values read at the
 * hover time.
 */
public record TrendFrame(Rectangle plot, long start, long end, List<Line> lines, long hoverTime,
		List<Reading> readings) {

	/** A limit ({@code kind} "HH", "H", "L", "LL") or range end ("range low", "range high") of a signal. */
	public record Line(Signal signal, String kind, double value, int y) {
	}

	/** The value of a signal shown at the hover time (null when it had none yet) and how it reads. */
	public record Reading(Signal signal, SignalValue value, String text) {
	}

	static final TrendFrame EMPTY = new TrendFrame(new Rectangle(0, 0, 0, 0), 0, 0, List.of(), -1, List.of());
}
