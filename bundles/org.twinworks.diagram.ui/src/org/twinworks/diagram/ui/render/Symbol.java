// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.twinworks.diagram.description.StyleSpec;

/** A vector shape drawn into a node's bounds (a P&ID pump, a valve, a plain box). */
@FunctionalInterface
public interface Symbol {

	void paint(DrawingSurface g, int x, int y, int width, int height, StyleSpec style, String label);

	/** Whether the symbol draws its label itself (instrument bubbles split the tag inside the circle). */
	default boolean drawsLabel() {
		return false;
	}
}
