// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.ui.badges.NodeBadges;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.events.Severity;

/**
 * Event badges on one diagram page: the worst open severity's image at the bottom-right corner of each equipment
 * node (the top corners are the check badges' and the validation decorations'), painted on the canvas over the
 * viewer's buffer as the check badges are, so the scene is never rebuilt for them.
 */
final class EventDiagramBadges {
	static final int SIZE = SeverityImages.SIZE;
	private final NodeBadges badges;
	private final Supplier<Map<EObject, Severity>> worst;

	EventDiagramBadges(DiagramViewer viewer, Supplier<Map<EObject, Severity>> worst) {
		this.badges = new NodeBadges(viewer, NodeBadges.Corner.BOTTOM_RIGHT, SIZE);
		this.worst = worst;
		viewer.canvas().addListener(SWT.Paint, this::paint);
	}

	/** Where the badge of {@code element} is on the canvas, or null when it has none. */
	@Nullable
	Rectangle badgeOnCanvas(EObject element) {
		return worst.get().get(element) == null ? null : badges.boxOf(element);
	}

	/** Repaints the badges of {@code elements}: the buffer is copied, the badges drawn again. */
	void redraw(Collection<? extends EObject> elements) {
		badges.redraw(elements);
	}

	private void paint(Event event) {
		Map<EObject, Severity> shown = worst.get();
		if (shown.isEmpty()) {
			return;
		}
		badges.paint(event, (gc, badge) -> {
			Severity severity = shown.get(badge.node().element());
			if (severity != null) {
				gc.drawImage(SeverityImages.of(severity), badge.box().x, badge.box().y);
			}
		});
	}
}
