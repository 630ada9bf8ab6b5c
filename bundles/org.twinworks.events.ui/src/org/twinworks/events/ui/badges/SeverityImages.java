// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.twinworks.diagram.ui.badges.BadgeImageSet;
import org.twinworks.events.Severity;

/**
 * One image per severity, drawn once per display and disposed with it: a triangle (an event, unlike the round
 * check badges) in the severity's colour, with a bar inside from HIGH up, so the severities differ in shape as well
 * as colour. Shared by the diagram badges and the Events view. UI thread only.
 */
public final class SeverityImages {
	/** The badge's size in pixels. */
	public static final int SIZE = 11;
	private static final BadgeImageSet<Severity> IMAGES = new BadgeImageSet<>(Severity.class, SIZE,
			SeverityImages::draw);

	private SeverityImages() {
	}

	/** The colour of a severity, also used for its text in the Events view. */
	public static RGB colour(Severity severity) {
		return switch (severity) {
		case INFO -> new RGB(70, 120, 200);
		case LOW -> new RGB(60, 150, 60);
		case MEDIUM -> new RGB(230, 160, 0);
		case HIGH -> new RGB(220, 90, 20);
		case CRITICAL -> new RGB(190, 0, 0);
		};
	}

	/** The image of {@code severity} on the current display. */
	public static Image of(Severity severity) {
		return IMAGES.of(severity);
	}

	private static void draw(GC gc, Severity severity) {
		gc.setBackground(new Color(colour(severity)));
		gc.fillPolygon(new int[]{SIZE / 2, 0, SIZE - 1, SIZE - 1, 0, SIZE - 1});
		if (severity.compareTo(Severity.HIGH) >= 0) {
			gc.setForeground(new Color(BadgeImageSet.MARK));
			gc.drawLine(SIZE / 2, 4, SIZE / 2, SIZE - 4);
		}
	}
}
