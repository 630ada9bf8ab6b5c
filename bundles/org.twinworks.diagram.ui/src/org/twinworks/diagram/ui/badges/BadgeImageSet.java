// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.badges;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * One square image per kind of badge, drawn once per display (no image files to keep in step with the kinds) and
 * disposed with it. The painter draws a kind on white without antialiasing; white is then made transparent, so the
 * marks inside a badge use an almost-white. UI thread only.
 *
 * @param <K> the kinds of badge
 */
public final class BadgeImageSet<K extends Enum<K>> {
	/** Drawn in a badge's marks: white would be transparent. */
	public static final RGB MARK = new RGB(250, 250, 250);
	private static final RGB TRANSPARENT = new RGB(255, 255, 255);

	private final Class<K> kinds;
	private final int size;
	private final BiConsumer<GC, K> painter;
	private final Map<Display, Map<K, Image>> images = new HashMap<>();

	/**
	 * @param painter draws a kind into a {@code size} × {@code size} square whose background is white
	 */
	public BadgeImageSet(Class<K> kinds, int size, BiConsumer<GC, K> painter) {
		this.kinds = kinds;
		this.size = size;
		this.painter = painter;
	}

	public int size() {
		return size;
	}

	/** The image of {@code kind} on the current display. */
	public Image of(K kind) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("badge images are drawn on the UI thread");
		}
		Map<K, Image> drawnHere = images.get(display);
		if (drawnHere == null) {
			Map<K, Image> drawn = new EnumMap<>(kinds);
			for (K each : kinds.getEnumConstants()) {
				drawn.put(each, draw(display, each));
			}
			images.put(display, drawn);
			display.disposeExec(() -> images.remove(display).values().forEach(Image::dispose));
			drawnHere = drawn;
		}
		return drawnHere.get(kind);
	}

	private Image draw(Display display, K kind) {
		Image canvas = new Image(display, size, size);
		GC gc = new GC(canvas);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, size, size);
			gc.setAntialias(SWT.OFF);
			painter.accept(gc, kind);
		} finally {
			gc.dispose();
		}
		ImageData data = canvas.getImageData();
		canvas.dispose();
		data.transparentPixel = data.palette.getPixel(TRANSPARENT);
		return new Image(display, data);
	}
}
