// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.overlay.Decoration;

/**
 * A node as drawn: absolute bounds, resolved style, label text and box (null when the symbol draws the label
 * or there is none). Records compare by value, which is how the viewer finds what changed after a command.
 */
public record NodeFigure(Node view, EObject element, NodeMapping mapping, Rectangle shape, String symbol,
		StyleSpec style, String label, @Nullable Rectangle labelBox, int depth, List<Decoration> decorations) {

	/** Height of the live-value box under a node. */
	public static final int OVERLAY_HEIGHT = 14;
	private static final int OVERLAY_MIN_WIDTH = 84;

	public boolean isContainer() {
		return mapping.isContainer();
	}

	/** Where the live overlay text goes: under the label (or the symbol). */
	public Rectangle overlayBox() {
		int top = shape.y + shape.height + 2;
		if (labelBox != null && labelBox.y >= shape.y + shape.height - 1) {
			top = labelBox.y + labelBox.height + 1;
		}
		if (isContainer()) {
			top = shape.y + 4;
			return new Rectangle(shape.x + shape.width - OVERLAY_MIN_WIDTH - 4, top, OVERLAY_MIN_WIDTH, OVERLAY_HEIGHT);
		}
		int width = Math.max(shape.width, OVERLAY_MIN_WIDTH);
		return new Rectangle(shape.x + shape.width / 2 - width / 2, top, width, OVERLAY_HEIGHT);
	}

	/** Where decorations go: the top-right corner. */
	public Rectangle decorationBox() {
		return new Rectangle(shape.x + shape.width - 6, shape.y - 6, 12, 12);
	}

	/** Everything this node can paint on, selection handles and overlay included: what a change damages. */
	public Rectangle damage() {
		Rectangle r = new Rectangle(shape.x - 4, shape.y - 4, shape.width + 8, shape.height + 8);
		if (labelBox != null) {
			r = r.union(labelBox);
		}
		r = r.union(decorationBox());
		if (!isContainer()) {
			r = r.union(overlayBox());
		}
		return new Rectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
	}
}
