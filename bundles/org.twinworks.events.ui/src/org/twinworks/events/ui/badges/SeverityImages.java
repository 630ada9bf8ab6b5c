// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.twinworks.events.Severity;

/**
 * One image per severity, drawn once per display and disposed with it: a triangle (an event, unlike the round
 * check badges) in the severity's colour, with a bar inside from HIGH up, so the severities differ in shape as well
 * as colour. Shared by the diagram badges and the Events view. UI thread only.
 */
public final class SeverityImages {
	/** The badge's size in pixels. */
	public static final int SIZE = 11;
	private static final RGB TRANSPARENT = new RGB(255, 255, 255);
	private static final RGB MARK = new RGB(250, 250, 250);
	private static final Map<Display, Map<Severity, Image>> IMAGES = new HashMap<>();

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
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("severity images are drawn on the UI thread");
		}
		Map<Severity, Image> images = IMAGES.get(display);
		if (images == null) {
			Map<Severity, Image> drawn = new EnumMap<>(Severity.class);
			for (Severity kind : Severity.values()) {
				drawn.put(kind, draw(display, kind));
			}
			IMAGES.put(display, drawn);
			display.disposeExec(() -> IMAGES.remove(display).values().forEach(Image::dispose));
			images = drawn;
		}
		return images.get(severity);
	}

	private static Image draw(Display display, Severity severity) {
		Image canvas = new Image(display, SIZE, SIZE);
		GC gc = new GC(canvas);
		Color fill = new Color(colour(severity));
		Color mark = new Color(MARK);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, SIZE, SIZE);
			gc.setAntialias(SWT.OFF);
			gc.setBackground(fill);
			gc.fillPolygon(new int[]{SIZE / 2, 0, SIZE - 1, SIZE - 1, 0, SIZE - 1});
			if (severity.compareTo(Severity.HIGH) >= 0) {
				gc.setForeground(mark);
				gc.drawLine(SIZE / 2, 4, SIZE / 2, SIZE - 4);
			}
		} finally {
			gc.dispose();
		}
		ImageData data = canvas.getImageData();
		canvas.dispose();
		data.transparentPixel = data.palette.getPixel(TRANSPARENT);
		return new Image(display, data);
	}
}
