// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.badges;

import java.util.Collection;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.viewer.DiagramViewer;

/**
 * Where one kind of badge sits on the nodes of one diagram viewer: centred on a corner of the node, the same size at
 * any zoom. Its owner paints from the canvas's paint listener over the viewer's buffer, and repaints only the boxes
 * of the elements whose badge changed.
 */
public final class NodeBadges {
	/** The node corner a kind of badge takes (another belongs to the validation decorations). */
	public enum Corner {
		TOP_LEFT, BOTTOM_RIGHT
	}

	private final DiagramViewer viewer;
	private final Corner corner;
	private final int size;

	public NodeBadges(DiagramViewer viewer, Corner corner, int size) {
		this.viewer = viewer;
		this.corner = corner;
		this.size = size;
	}

	/** The badge's box on the canvas for {@code figure}. */
	public Rectangle box(NodeFigure figure) {
		Rectangle shape = figure.shape();
		Point at = corner == Corner.TOP_LEFT
				? viewer.viewport().toScreen(shape.x, shape.y)
				: viewer.viewport().toScreen(shape.x + shape.width, shape.y + shape.height);
		return new Rectangle(at.x - size / 2, at.y - size / 2, size, size);
	}

	/** The box of {@code element}'s first node on the canvas, or null when it has no node on this page. */
	public @Nullable Rectangle boxOf(EObject element) {
		for (Object figure : viewer.scene().figuresOf(element)) {
			if (figure instanceof NodeFigure node) {
				return box(node);
			}
		}
		return null;
	}

	/** Repaints the badges of {@code elements} (all of them: null): the buffer is copied, the badges drawn again. */
	public void redraw(@Nullable Collection<? extends EObject> elements) {
		Canvas canvas = viewer.canvas();
		if (canvas.isDisposed()) {
			return;
		}
		if (elements == null) {
			canvas.redraw();
			return;
		}
		for (EObject element : elements) {
			for (Object figure : viewer.scene().figuresOf(element)) {
				if (figure instanceof NodeFigure node) {
					Rectangle r = box(node);
					canvas.redraw(r.x - 1, r.y - 1, r.width + 2, r.height + 2, false);
				}
			}
		}
	}

	/** Hands each node within the painted area (grown by a badge: one may hang over it) with its box to paint. */
	public void paint(Event event, BiConsumer<GC, NodeBadge> painter) {
		Rectangle area = viewer.viewport().toDiagram(
				new Rectangle(event.x - size, event.y - size, event.width + 2 * size, event.height + 2 * size));
		for (Object figure : viewer.scene().figuresInAnyOrder(area)) {
			if (figure instanceof NodeFigure node) {
				painter.accept(event.gc, new NodeBadge(node, box(node)));
			}
		}
	}

	/** A node and its badge's box on the canvas. */
	public record NodeBadge(NodeFigure node, Rectangle box) {
	}
}
