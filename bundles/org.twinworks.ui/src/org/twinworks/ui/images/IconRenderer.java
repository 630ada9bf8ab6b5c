// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.images;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Draws a vector icon into a transparent image at any zoom. The painter draws in a {@value #UNITS}-unit square;
 * it is painted once on black and once on white, and the difference gives each pixel's coverage, so antialiased
 * edges blend with any background (a GC cannot draw into an alpha channel directly).
 */
final class IconRenderer {
	/** The painter's coordinate space: a square this many units wide. */
	static final int UNITS = 48;
	static final int SIZE = 16;

	private IconRenderer() {
	}

	static Image create(Display display, Consumer<GC> painter) {
		return new Image(display, (ImageDataProvider) zoom -> render(display, painter, SIZE * zoom / 100));
	}

	static ImageData render(Display display, Consumer<GC> painter, int pixels) {
		ImageData onBlack = paint(display, painter, pixels, new RGB(0, 0, 0));
		ImageData onWhite = paint(display, painter, pixels, new RGB(255, 255, 255));
		PaletteData direct = new PaletteData(0xFF0000, 0xFF00, 0xFF);
		ImageData out = new ImageData(pixels, pixels, 24, direct);
		for (int y = 0; y < pixels; y++) {
			for (int x = 0; x < pixels; x++) {
				RGB b = onBlack.palette.getRGB(onBlack.getPixel(x, y));
				RGB w = onWhite.palette.getRGB(onWhite.getPixel(x, y));
				int spread = Math.max(w.red - b.red, Math.max(w.green - b.green, w.blue - b.blue));
				int alpha = Math.clamp(255 - spread, 0, 255);
				RGB colour = alpha == 0
						? new RGB(0, 0, 0)
						: new RGB(unblend(b.red, alpha), unblend(b.green, alpha), unblend(b.blue, alpha));
				out.setPixel(x, y, direct.getPixel(colour));
				out.setAlpha(x, y, alpha);
			}
		}
		return out;
	}

	private static int unblend(int onBlack, int alpha) {
		return Math.min(255, onBlack * 255 / alpha);
	}

	private static ImageData paint(Display display, Consumer<GC> painter, int pixels, RGB background) {
		Image canvas = new Image(display, pixels, pixels);
		GC gc = new GC(canvas);
		Transform scale = new Transform(display);
		try {
			org.eclipse.swt.graphics.Color fill = new org.eclipse.swt.graphics.Color(background);
			gc.setBackground(fill);
			gc.fillRectangle(0, 0, pixels, pixels);
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			scale.scale(pixels / (float) UNITS, pixels / (float) UNITS);
			gc.setTransform(scale);
			painter.accept(gc);
			gc.setTransform(null);
			return canvas.getImageData(100);
		} finally {
			scale.dispose();
			gc.dispose();
			canvas.dispose();
		}
	}
}
