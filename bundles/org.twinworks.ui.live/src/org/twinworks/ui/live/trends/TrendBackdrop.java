// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Device;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;

/**
 * What a trend paints the same way until its size, signals, scales or limits change, kept between paints: the
 * value axis, every range end and dashed alarm limit with its label (one image under the lines) and the legend
 * (an image with a transparent background over them). Text and dashed strokes are most of a paint's fixed cost;
 * the time grid moves with a following window and is drawn each time. Owned by one canvas, UI thread only.
 */
public final class TrendBackdrop {
	private static final int LEGEND_HEIGHT = 20;

	private List<Object> key;
	private Image under;
	private ImageData plotPixels;
	private Image legend;
	private List<TrendFrame.Line> lines = List.of();
	private int rebuilds;

	/** How often the layers were drawn anew (tests check a repaint with nothing changed reuses them). */
	public int rebuilds() {
		return rebuilds;
	}

	/** Releases the images; the next paint draws them anew. */
	public void dispose() {
		if (under != null) {
			under.dispose();
			under = null;
		}
		if (legend != null) {
			legend.dispose();
			legend = null;
		}
		plotPixels = null;
		key = null;
	}

	/** Makes sure the layers fit {@code area} and {@code series}; redraws them only when either changed. */
	void update(Device display, Rectangle area, Rectangle plot, List<TrendSeries> series) {
		List<Object> now = key(area, series);
		if (now.equals(key) && under != null) {
			return;
		}
		dispose();
		rebuilds++;
		under = new Image(display, area.width, area.height);
		List<TrendFrame.Line> drawn = new ArrayList<>();
		GC gc = new GC(under);
		try {
			Rectangle local = new Rectangle(0, 0, area.width, area.height);
			Rectangle localPlot = new Rectangle(plot.x - area.x, plot.y - area.y, plot.width, plot.height);
			TrendPainter.fixedLayer(gc, local, localPlot, series, drawn);
		} finally {
			gc.dispose();
		}
		// the y a line sits at is the same in the area's coordinates
		lines = List.copyOf(drawn);
		plotPixels = plotPixels(under.getImageData(), plot.x - area.x, plot.y - area.y, plot.width, plot.height);
		legend = legend(display, plot, series);
		key = now;
	}

	Image under() {
		return under;
	}

	/** The plot's part of the fixed layer in 24-bit RGB: the bands are set into a copy, only on its white pixels. */
	ImageData plotPixels() {
		return plotPixels;
	}

	Image legend() {
		return legend;
	}

	List<TrendFrame.Line> lines() {
		return lines;
	}

	private static List<Object> key(Rectangle area, List<TrendSeries> series) {
		List<Object> key = new ArrayList<>();
		key.add(area.width);
		key.add(area.height);
		for (TrendSeries s : series) {
			Signal signal = s.signal();
			key.add(signal);
			key.add(signal.getTag());
			key.add(signal.getUnit() == null ? null : signal.getUnit().getSymbol());
			key.add(s.low());
			key.add(s.high());
			key.add(signal.getRangeLow());
			key.add(signal.getRangeHigh());
			for (AlarmLimit limit : signal.getAlarmLimits()) {
				key.add(limit.getKind());
				key.add(limit.getValue());
			}
			key.add("|");
		}
		return key;
	}

	private static ImageData plotPixels(ImageData all, int x0, int y0, int width, int height) {
		ImageData pixels = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			all.getPixels(x0, y0 + y, width, row, 0);
			for (int x = 0; x < width; x++) {
				RGB rgb = all.palette.getRGB(row[x]);
				int at = y * pixels.bytesPerLine + x * 3;
				pixels.data[at] = (byte) rgb.red;
				pixels.data[at + 1] = (byte) rgb.green;
				pixels.data[at + 2] = (byte) rgb.blue;
			}
		}
		return pixels;
	}

	/** The legend drawn on white, then every white pixel made transparent so the lines show around the text. */
	private static Image legend(Device display, Rectangle plot, List<TrendSeries> series) {
		if (series.isEmpty()) {
			return null;
		}
		Image white = new Image(display, plot.width, LEGEND_HEIGHT);
		ImageData data;
		GC gc = new GC(white);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, plot.width, LEGEND_HEIGHT);
			TrendPainter.legend(gc, new Rectangle(0, 0, plot.width, plot.height), series);
		} finally {
			gc.dispose();
			data = white.getImageData();
			white.dispose();
		}
		byte[] alpha = new byte[data.width * data.height];
		int[] row = new int[data.width];
		int whitePixel = data.palette.getPixel(new RGB(255, 255, 255));
		for (int y = 0; y < data.height; y++) {
			data.getPixels(0, y, data.width, row, 0);
			for (int x = 0; x < data.width; x++) {
				alpha[y * data.width + x] = row[x] == whitePixel ? 0 : (byte) 0xFF;
			}
		}
		data.alphaData = alpha;
		return new Image(display, data);
	}
}
