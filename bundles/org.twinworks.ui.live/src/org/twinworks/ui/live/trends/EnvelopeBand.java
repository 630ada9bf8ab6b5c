// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.util.Arrays;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.live.MinMaxHistory;

/**
 * A series' min/max tier as a band on the plot, where its raw values do not reach: per pixel column the lowest
 * and highest value of the buckets that fall into it, in a tint of the line's colour. Its cost follows the
 * buckets in view and the plot's width: one polyline per unbroken run, two points a column.
 */
final class EnvelopeBand {
	private static final int NONE = Integer.MIN_VALUE;

	private final int left;
	private final int[] top;
	private final int[] bottom;

	private EnvelopeBand(int left, int width) {
		this.left = left;
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
		EnvelopeBand band = new EnvelopeBand(plot.x, plot.width);
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
	 * One polyline a run that goes down one column and up the next, each column's span drawn as a one-pixel
	 * vertical: it covers the band exactly, at two points a column, where a filled polygon of the same outline
	 * costs Cairo over ten times as much.
	 */
	void draw(GC gc, RGB colour) {
		gc.setForeground(new Color(tint(colour)));
		gc.setLineWidth(1);
		runs((from, to) -> gc.drawPolyline(zigzag(from, to)));
	}

	/** Unbroken runs of columns [from, to). */
	private void runs(Run run) {
		int column = 0;
		while (column < top.length) {
			while (column < top.length && top[column] == NONE) {
				column++;
			}
			int from = column;
			while (column < top.length && top[column] != NONE) {
				column++;
			}
			if (column > from) {
				run.accept(from, column);
			}
		}
	}

	private int[] zigzag(int from, int to) {
		int[] points = new int[4 * (to - from)];
		int p = 0;
		for (int c = from; c < to; c++) {
			boolean down = (c - from) % 2 == 0;
			points[p++] = left + c;
			points[p++] = down ? top[c] : bottom[c];
			points[p++] = left + c;
			points[p++] = down ? bottom[c] : top[c];
		}
		return points;
	}

	private static RGB tint(RGB colour) {
		return new RGB(colour.red + (255 - colour.red) * 2 / 3, colour.green + (255 - colour.green) * 2 / 3,
				colour.blue + (255 - colour.blue) * 2 / 3);
	}

	private interface Run {
		void accept(int from, int to);
	}
}
