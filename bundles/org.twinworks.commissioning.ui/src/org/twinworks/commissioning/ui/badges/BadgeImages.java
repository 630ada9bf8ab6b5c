// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.twinworks.diagram.ui.badges.BadgeImageSet;

/**
 * One image per badge kind, drawn once per display (no image files to keep in step with the kinds) and disposed with
 * it: a disc in the kind's colour, with a bar for blocked, a slash for skipped and a ring only for not started, so the
 * kinds differ in shape as well as colour. UI thread only.
 */
public final class BadgeImages {
	/** The badge's size in pixels on the diagram (the I/O list draws it scaled to its rows). */
	public static final int SIZE = 10;
	private static final BadgeImageSet<CheckBadge> IMAGES = new BadgeImageSet<>(CheckBadge.class, SIZE,
			BadgeImages::draw);

	private BadgeImages() {
	}

	/** The image of {@code badge} on the current display. */
	public static Image of(CheckBadge badge) {
		return IMAGES.of(badge);
	}

	private static void draw(GC gc, CheckBadge badge) {
		Color fill = new Color(badge.colour());
		Color mark = new Color(BadgeImageSet.MARK);
		gc.setBackground(fill);
		gc.setForeground(fill);
		gc.setLineWidth(2);
		if (badge == CheckBadge.NOT_STARTED) {
			gc.drawOval(1, 1, SIZE - 3, SIZE - 3);
		} else {
			gc.fillOval(0, 0, SIZE, SIZE);
			gc.setForeground(mark);
		}
		if (badge == CheckBadge.BLOCKED) {
			gc.drawLine(2, SIZE / 2, SIZE - 3, SIZE / 2);
		} else if (badge == CheckBadge.SKIPPED) {
			gc.drawLine(2, SIZE - 3, SIZE - 3, 2);
		}
	}
}
