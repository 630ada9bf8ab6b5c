// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.events.Severity;

/**
 * Event badges on one diagram page: the worst open severity's image at the bottom-right corner of each equipment
 * node (the top corners are the check badges' and the validation decorations'), painted on the canvas over the
 * viewer's buffer as the check badges are, so the scene is never rebuilt for them.
 */
final class EventDiagramBadges {
	static final int SIZE = SeverityImages.SIZE;
	private final DiagramViewer viewer;
	private final Supplier<Map<EObject, Severity>> worst;
	private final Listener paint = this::paint;

	EventDiagramBadges(DiagramViewer viewer, Supplier<Map<EObject, Severity>> worst) {
		this.viewer = viewer;
		this.worst = worst;
		Canvas canvas = viewer.canvas();
		canvas.addListener(SWT.Paint, paint);
	}

	/** Centred on the node's bottom-right corner, the same size at any zoom. */
	private Rectangle badgeBox(NodeFigure figure) {
		Rectangle shape = figure.shape();
		Point corner = viewer.viewport().toScreen(shape.x + shape.width, shape.y + shape.height);
		return new Rectangle(corner.x - SIZE / 2, corner.y - SIZE / 2, SIZE, SIZE);
	}

	/** Where the badge of {@code element} is on the canvas, or null when it has none. */
	@Nullable
	Rectangle badgeOnCanvas(EObject element) {
		if (worst.get().get(element) == null) {
			return null;
		}
		for (Object figure : viewer.scene().figuresOf(element)) {
			if (figure instanceof NodeFigure node) {
				return badgeBox(node);
			}
		}
		return null;
	}

	/** Repaints the badges of {@code elements}: the buffer is copied, the badges drawn again. */
	void redraw(Collection<? extends EObject> elements) {
		Canvas canvas = viewer.canvas();
		if (canvas.isDisposed()) {
			return;
		}
		for (EObject element : elements) {
			for (Object figure : viewer.scene().figuresOf(element)) {
				if (figure instanceof NodeFigure node) {
					Rectangle r = badgeBox(node);
					canvas.redraw(r.x - 1, r.y - 1, r.width + 2, r.height + 2, false);
				}
			}
		}
	}

	private void paint(Event event) {
		Map<EObject, Severity> shown = worst.get();
		if (shown.isEmpty()) {
			return;
		}
		// a badge may hang over the painted area from a node just outside it
		Rectangle area = viewer.viewport().toDiagram(
				new Rectangle(event.x - SIZE, event.y - SIZE, event.width + 2 * SIZE, event.height + 2 * SIZE));
		GC gc = event.gc;
		for (Object figure : viewer.scene().figuresInAnyOrder(area)) {
			if (figure instanceof NodeFigure node) {
				Severity severity = shown.get(node.element());
				if (severity != null) {
					Rectangle r = badgeBox(node);
					gc.drawImage(SeverityImages.of(severity), r.x, r.y);
				}
			}
		}
	}
}
