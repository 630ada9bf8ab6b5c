// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.ui.badges.NodeBadges;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.viewer.DiagramViewer;

/**
 * Badges on one diagram page: the badge kind's image at the top-left corner of each equipment node with checks (the top-right one is
 * the validation decorations'), painted on the canvas over the viewer's buffer, so the scene is never rebuilt for
 * them: a state change repaints just the dots that changed. Hovering a dot shows its check, state and last verdict
 * time; a double-click on it opens its check.
 */
final class DiagramBadges {
	static final int SIZE = BadgeImages.SIZE;
	private final DiagramViewer viewer;
	private final NodeBadges badges;
	private final CheckStates states;
	private final Listener paint = this::paint;
	private final Listener doubleClick = this::doubleClick;
	private final OpenCheck open;

	DiagramBadges(DiagramViewer viewer, CheckStates states, OpenCheck open) {
		this.viewer = viewer;
		this.badges = new NodeBadges(viewer, NodeBadges.Corner.TOP_LEFT, SIZE);
		this.states = states;
		this.open = open;
		Canvas canvas = viewer.canvas();
		canvas.addListener(SWT.Paint, paint);
		canvas.addListener(SWT.MouseMove, this::hover);
		// a filter runs before the viewer's own double-click (rename), so a double-click on a dot does only this
		canvas.getDisplay().addFilter(SWT.MouseDoubleClick, doubleClick);
		canvas.addListener(SWT.Dispose, e -> canvas.getDisplay().removeFilter(SWT.MouseDoubleClick, doubleClick));
	}

	/** Where the badge of {@code element} is on the canvas, or null when it has none (or the layer is hidden). */
	@Nullable
	Rectangle badgeOnCanvas(EObject element) {
		if (!CheckStatesLayer.visible() || states.of(element) == null) {
			return null;
		}
		return badges.boxOf(element);
	}

	/** Repaints the dots of {@code elements} (all of them: null): the buffer is copied, the dots drawn again. */
	void redraw(@Nullable Collection<? extends EObject> elements) {
		badges.redraw(elements);
	}

	private void paint(Event event) {
		if (!CheckStatesLayer.visible() || states.elements().isEmpty()) {
			return;
		}
		// the dots are pre-drawn images (BadgeImages): no antialiasing to set up on every repaint
		badges.paint(event, (gc, badge) -> {
			CheckStates.Entry entry = states.of(badge.node().element());
			if (entry != null) {
				paintDot(gc, badge.box(), entry.badge());
			}
		});
	}

	/** Draws the kind's image (the same for every badge of a kind) into {@code r}, scaled when it is smaller. */
	static void paintDot(GC gc, Rectangle r, CheckBadge badge) {
		Image image = BadgeImages.of(badge);
		if (r.width == BadgeImages.SIZE && r.height == BadgeImages.SIZE) {
			gc.drawImage(image, r.x, r.y);
		} else {
			gc.drawImage(image, 0, 0, BadgeImages.SIZE, BadgeImages.SIZE, r.x, r.y, r.width, r.height);
		}
	}

	/** The badge's tooltip while the mouse is over it; the viewer's own tooltip elsewhere (set before this runs). */
	private void hover(Event event) {
		if (!CheckStatesLayer.visible()) {
			return;
		}
		for (NodeFigure node : viewer.scene().nodes()) {
			CheckStates.Entry entry = states.of(node.element());
			if (entry != null && badges.box(node).contains(event.x, event.y)) {
				viewer.canvas().setToolTipText(entry.tooltip());
				return;
			}
		}
	}

	private void doubleClick(Event event) {
		if (event.widget != viewer.canvas() || !CheckStatesLayer.visible()) {
			return;
		}
		for (NodeFigure node : viewer.scene().nodes()) {
			Rectangle box = badges.box(node);
			Rectangle grown = new Rectangle(box.x - 2, box.y - 2, box.width + 4, box.height + 4);
			if (grown.contains(event.x, event.y) && states.of(node.element()) != null) {
				event.type = SWT.None; // the viewer does not start renaming the node
				open.element(node.element());
				return;
			}
		}
	}
}
