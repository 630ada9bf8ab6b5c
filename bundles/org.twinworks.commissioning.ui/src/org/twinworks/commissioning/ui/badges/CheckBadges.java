// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.model.Signal;

/**
 * What a plant editor's badges show, for whoever asks the editor ({@code Adapters.adapt(editor, CheckBadges.class)}):
 * the badge of an element, where it is painted on the first diagram page and the I/O list, and Open Check.
 */
public final class CheckBadges {
	private final CheckBadgeContribution contribution;

	CheckBadges(CheckBadgeContribution contribution) {
		this.contribution = contribution;
	}

	/** The element's aggregate check state, or null when no check is about it. */
	public CheckStates.@Nullable Entry of(EObject element) {
		return contribution.states().of(element);
	}

	/** The image the element's badge is painted with (one per kind), or null when no check is about it. UI thread. */
	public org.eclipse.swt.graphics.@Nullable Image imageOf(EObject element) {
		CheckStates.Entry entry = of(element);
		return entry == null ? null : BadgeImages.of(entry.badge());
	}

	/** The badge's bounds on the first diagram page's canvas, or null (no check, layer hidden, no page built). */
	public @Nullable Rectangle onDiagram(EObject element) {
		DiagramBadges diagram = contribution.firstDiagram();
		return diagram == null ? null : diagram.badgeOnCanvas(element);
	}

	/** The badge's bounds on the I/O list, or null (no check, layer hidden, list not built or row not shown). */
	public @Nullable Rectangle onIoList(Signal signal) {
		return contribution.ioLists().isEmpty() ? null : contribution.ioLists().get(0).badgeOf(signal);
	}

	/** What a double-click on the element's badge does. */
	public @Nullable CheckView open(EObject element) {
		return contribution.open().element(element);
	}

	/** Works the badges out now instead of at the end of the UI batch (benchmarks time it). */
	public void updateNow() {
		contribution.update();
	}
}
