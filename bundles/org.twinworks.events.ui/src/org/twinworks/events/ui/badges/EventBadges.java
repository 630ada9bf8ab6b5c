// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;
import org.twinworks.model.Signal;

/**
 * What a plant editor's event badges show, for whoever asks the editor
 * ({@code Adapters.adapt(editor, EventBadges.class)}): an equipment's worst open severity and where its badge is
 * painted on the first diagram page.
 */
public final class EventBadges {
	private final EventBadgeContribution contribution;

	EventBadges(EventBadgeContribution contribution) {
		this.contribution = contribution;
	}

	/** The worst severity of the element's open frames, or null when none is open. */
	public @Nullable Severity of(EObject element) {
		return contribution.worst().get(element);
	}

	/** The severity badge of {@code signal}'s row in the I/O list (its own or its equipment's), or null. */
	public @Nullable Severity ofIoListRow(Signal signal) {
		EventIoListBadges list = contribution.firstIoList();
		return list == null ? null : list.of(signal);
	}

	/** The badge's bounds on the I/O list's table, or null (nothing open, no I/O list built, row not on screen). */
	public @Nullable Rectangle onIoList(Signal signal) {
		EventIoListBadges list = contribution.firstIoList();
		return list == null ? null : list.badgeOf(signal);
	}

	/** The badge's bounds on the first diagram page's canvas, or null (nothing open, no page built). */
	public @Nullable Rectangle onDiagram(EObject element) {
		EventDiagramBadges diagram = contribution.firstDiagram();
		return diagram == null ? null : diagram.badgeOnCanvas(element);
	}
}
