// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import org.eclipse.swt.graphics.RGB;

/** Distinct, print-safe line colours (after the Tableau 10 hues), reused in order. */
final class TrendPalette {
	private static final RGB[] COLOURS = {new RGB(31, 119, 180), new RGB(255, 127, 14), new RGB(44, 160, 44),
			new RGB(214, 39, 40), new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194),
			new RGB(127, 127, 127), new RGB(188, 189, 34), new RGB(23, 190, 207)};

	private TrendPalette() {
	}

	static RGB colour(int index) {
		return COLOURS[index % COLOURS.length];
	}
}
