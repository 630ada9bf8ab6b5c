// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * One image per badge kind, drawn once per display (no image files to keep in step with the kinds) and disposed with
 * it: a disc in the kind's colour, with a bar for blocked, a slash for skipped and a ring only for not started, so the
 * kinds differ in shape as well as colour. UI thread only.
 */
public final class BadgeImages {
	/** The badge's size in pixels on the diagram (the I/O list draws it scaled to its rows). */
	public static final int SIZE = 10;
	private static final RGB TRANSPARENT = new RGB(255, 255, 255);
	private static final RGB MARK = new RGB(250, 250, 250);
	private static final Map<Display, Map<CheckBadge, Image>> IMAGES = new java.util.HashMap<>();

	private BadgeImages() {
	}

	/** The image of {@code badge} on the current display. */
	public static Image of(CheckBadge badge) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("badge images are drawn on the UI thread");
		}
		Map<CheckBadge, Image> images = IMAGES.get(display);
		if (images == null) {
			Map<CheckBadge, Image> drawn = new EnumMap<>(CheckBadge.class);
			for (CheckBadge kind : CheckBadge.values()) {
				drawn.put(kind, draw(display, kind));
			}
			IMAGES.put(display, drawn);
			display.disposeExec(() -> IMAGES.remove(display).values().forEach(Image::dispose));
			images = drawn;
		}
		return images.get(badge);
	}

	private static Image draw(Display display, CheckBadge badge) {
		Image canvas = new Image(display, SIZE, SIZE);
		GC gc = new GC(canvas);
		Color fill = new Color(badge.colour());
		Color mark = new Color(MARK);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, SIZE, SIZE);
			gc.setAntialias(SWT.OFF);
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
		} finally {
			gc.dispose();
		}
		return transparent(display, canvas);
	}

	private static Image transparent(Display display, Image canvas) {
		ImageData data = canvas.getImageData();
		canvas.dispose();
		data.transparentPixel = data.palette.getPixel(TRANSPARENT);
		return new Image(display, data);
	}
}
