// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.live.MinMaxHistory;

/**
 * A series' min/max tier as a band on the plot, where its raw values do not reach: per pixel column the lowest
 * and highest value of the buckets that fall into it, in a tint of the line's colour. Its cost follows the
 * buckets in view and the plot's area, not the hour's values.
 */
final class EnvelopeBand {
	private static final int NONE = Integer.MIN_VALUE;

	private final int[] top;
	private final int[] bottom;

	private EnvelopeBand(int width) {
		top = new int[width];
		bottom = new int[width];
		Arrays.fill(top, NONE);
	}

	/** The band of {@code s} in {@code plot}, or null when its envelope has nothing in view before its raw values. */
	static EnvelopeBand of(Rectangle plot, TimeWindow window, TrendSeries s) {
		MinMaxHistory.Envelope envelope = s.envelope();
		long until = Math.min(s.rawStart(), window.end());
		if (envelope.size() == 0 || until <= window.start()) {
			return null;
		}
		int right = Math.min(plot.x + plot.width, window.x(until, plot.x, plot.width));
		EnvelopeBand band = new EnvelopeBand(plot.width);
		boolean any = false;
		long[] starts = envelope.starts();
		for (int i = Math.max(0, envelope.indexAt(window.start())); i < starts.length && starts[i] < until; i++) {
			int x0 = Math.max(plot.x, window.x(starts[i], plot.x, plot.width));
			int x1 = Math.min(right,
					Math.max(x0 + 1, window.x(starts[i] + envelope.bucketMillis(), plot.x, plot.width)));
			int yHigh = TrendPainter.y(plot, s, envelope.maxs()[i]);
			int yLow = TrendPainter.y(plot, s, envelope.mins()[i]);
			for (int x = x0; x < x1; x++) {
				band.widen(x - plot.x, yHigh, yLow);
				any = true;
			}
		}
		return any ? band : null;
	}

	private void widen(int column, int yHigh, int yLow) {
		if (top[column] == NONE) {
			top[column] = yHigh;
			bottom[column] = yLow;
		} else {
			top[column] = Math.min(top[column], yHigh);
			bottom[column] = Math.max(bottom[column], yLow);
		}
	}

	/**
	 * Draws the bands of every series into the plot at once, as pixels: Cairo strokes or fills a band's outline
	 * (thousands of reversals) in tens of milliseconds a signal, while setting the pixels of a 1200×400 plot and
	 * drawing it as one image takes a few milliseconds for all of them. Later series paint over earlier ones.
	 */
	static void drawAll(GC gc, Rectangle plot, TimeWindow window, List<TrendSeries> series) {
		drawAll(gc, plot, window, series, null);
	}

	/**
	 * As {@link #drawAll(GC, Rectangle, TimeWindow, List)}, into a copy of {@code base} (the plot's pixels, 24-bit
	 * RGB, or null for white) and only on its white pixels, so what {@code base} shows stays over the bands.
	 */
	static void drawAll(GC gc, Rectangle plot, TimeWindow window, List<TrendSeries> series, ImageData base) {
		ImageData pixels = null;
		for (int i = 0; i < series.size(); i++) {
			EnvelopeBand band = of(plot, window, series.get(i));
			if (band == null) {
				continue;
			}
			if (pixels == null && base != null) {
				pixels = (ImageData) base.clone();
			} else if (pixels == null) {
				pixels = new ImageData(plot.width, plot.height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
				Arrays.fill(pixels.data, (byte) 0xFF);
			}
			band.paint(pixels, plot, tint(TrendPalette.colour(i)), base);
		}
		if (pixels != null) {
			Image image = new Image(gc.getDevice(), pixels);
			try {
				gc.drawImage(image, plot.x, plot.y);
			} finally {
				image.dispose();
			}
		}
	}

	private void paint(ImageData pixels, Rectangle plot, RGB colour, ImageData base) {
		byte red = (byte) colour.red;
		byte green = (byte) colour.green;
		byte blue = (byte) colour.blue;
		for (int c = 0; c < top.length; c++) {
			if (top[c] == NONE) {
				continue;
			}
			int from = Math.max(0, top[c] - plot.y);
			int to = Math.min(plot.height - 1, bottom[c] - plot.y);
			for (int y = from; y <= to; y++) {
				int at = y * pixels.bytesPerLine + c * 3;
				if (base != null && !white(base.data, at)) {
					continue;
				}
				pixels.data[at] = red;
				pixels.data[at + 1] = green;
				pixels.data[at + 2] = blue;
			}
		}
	}

	/** White in the fixed layer (later bands still paint over earlier ones: the test reads the base). */
	private static boolean white(byte[] data, int at) {
		return data[at] == (byte) 0xFF && data[at + 1] == (byte) 0xFF && data[at + 2] == (byte) 0xFF;
	}

	private static RGB tint(RGB colour) {
		return new RGB(colour.red + (255 - colour.red) / 2, colour.green + (255 - colour.green) / 2,
				colour.blue + (255 - colour.blue) / 2);
	}

}
