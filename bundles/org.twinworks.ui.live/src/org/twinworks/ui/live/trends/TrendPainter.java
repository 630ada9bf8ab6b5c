// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.live.MinMaxHistory;
import org.twinworks.live.SignalValue;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveText;

/**
 * Draws a trend into a GC: time grid and labels, the first signal's value axis, each signal as a step line
 * (values hold until the next one arrives) scaled to its own range, its alarm limits dashed and its EURange
 * ends thin in its colour, and the hover cursor with a readout. Lines are reduced to at most four points per pixel
 * column (entry, min, max, exit), so the cost follows the width, not the history's length. Before the first raw
 * value, a signal's min/max tier (when it has one) is drawn as a band ({@link EnvelopeBand}), so a trend zoomed out
 * to the hour shows the hour.
 */
public final class TrendPainter {
	static final int LEFT = 56;
	static final int BOTTOM = 18;
	static final int TOP = 6;
	static final int RIGHT = 28;
	private static final long[] TIME_STEPS = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
			600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000};

	private TrendPainter() {
	}

	/**
	 * Paints {@code series} in {@code area}, drawing every part anew; {@code hoverX} is the cursor's x, or -1
	 * without one.
	 */
	public static TrendFrame paint(GC gc, Rectangle area, TimeWindow window, List<TrendSeries> series, int hoverX) {
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		Rectangle plot = plot(area);
		gc.setAntialias(SWT.OFF); // thin axis-parallel lines: crisper and several times cheaper without
		// the bands first, under the grid and every line
		EnvelopeBand.drawAll(gc, plot, window, series);
		timeGrid(gc, plot, window);
		if (!series.isEmpty()) {
			valueAxis(gc, plot, series.get(0));
		}
		List<TrendFrame.Line> lines = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Color colour = new Color(TrendPalette.colour(i));
			references(gc, plot, series.get(i), colour, lines);
			line(gc, plot, window, series.get(i), colour);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_GRAY));
		gc.drawRectangle(plot);
		legend(gc, plot, series);
		return finish(gc, plot, window, series, hoverX, lines);
	}

	/**
	 * Paints as {@link #paint(GC, Rectangle, TimeWindow, List, int)} does, taking the axis, limits and legend from
	 * {@code backdrop} (drawn anew only when the size, signals, scales or limits changed).
	 */
	public static TrendFrame paint(GC gc, Rectangle area, TimeWindow window, List<TrendSeries> series, int hoverX,
			TrendBackdrop backdrop) {
		Rectangle plot = plot(area);
		backdrop.update(gc.getDevice(), area, plot, series);
		gc.drawImage(backdrop.under(), area.x, area.y);
		gc.setAntialias(SWT.OFF);
		// the bands only where the fixed layer is white: under the limits, as when everything is drawn anew
		EnvelopeBand.drawAll(gc, plot, window, series, backdrop.plotPixels());
		timeGrid(gc, plot, window);
		for (int i = 0; i < series.size(); i++) {
			line(gc, plot, window, series.get(i), new Color(TrendPalette.colour(i)));
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_GRAY));
		gc.drawRectangle(plot);
		if (backdrop.legend() != null) {
			gc.drawImage(backdrop.legend(), plot.x, plot.y);
		}
		return finish(gc, plot, window, series, hoverX, backdrop.lines());
	}

	/** The parts that do not move with time: white ground, value axis, range ends, limits and their labels. */
	static void fixedLayer(GC gc, Rectangle area, Rectangle plot, List<TrendSeries> series,
			List<TrendFrame.Line> lines) {
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		gc.setAntialias(SWT.OFF);
		if (!series.isEmpty()) {
			valueAxis(gc, plot, series.get(0));
		}
		for (int i = 0; i < series.size(); i++) {
			references(gc, plot, series.get(i), new Color(TrendPalette.colour(i)), lines);
		}
	}

	private static Rectangle plot(Rectangle area) {
		return new Rectangle(area.x + LEFT, area.y + TOP, Math.max(1, area.width - LEFT - RIGHT),
				Math.max(1, area.height - TOP - BOTTOM));
	}

	private static TrendFrame finish(GC gc, Rectangle plot, TimeWindow window, List<TrendSeries> series, int hoverX,
			List<TrendFrame.Line> lines) {
		long hoverTime = -1;
		List<TrendFrame.Reading> readings = List.of();
		if (hoverX >= plot.x && hoverX < plot.x + plot.width) {
			hoverTime = window.time(hoverX, plot.x, plot.width);
			readings = readings(series, hoverTime);
			hover(gc, plot, hoverX, hoverTime, readings);
		}
		return new TrendFrame(plot, window.start(), window.end(), lines, hoverTime, readings);
	}

	static List<TrendFrame.Reading> readings(List<TrendSeries> series, long time) {
		List<TrendFrame.Reading> readings = new ArrayList<>();
		for (TrendSeries s : series) {
			SignalValue value = s.valueAt(time);
			String text = value == null
					? envelopeText(s, time)
					: LiveText.value(s.signal(), value) + (value.isGood() ? "" : " (" + value.status() + ")");
			readings.add(new TrendFrame.Reading(s.signal(), value, s.signal().getTag() + "  " + text));
		}
		return readings;
	}

	/** Before the raw values: the range the signal moved in during the cursor's bucket. */
	private static String envelopeText(TrendSeries s, long time) {
		MinMaxHistory.Envelope envelope = s.envelope();
		int i = envelope.indexAt(time);
		if (i < 0 || time >= envelope.starts()[i] + envelope.bucketMillis()) {
			return "no value";
		}
		return LiveText.number(envelope.mins()[i]) + " … " + LiveText.number(envelope.maxs()[i]) + " (min … max)";
	}

	static int y(Rectangle plot, TrendSeries s, double value) {
		return plot.y + plot.height - (int) Math.round(s.fraction(value) * plot.height);
	}

	private static void timeGrid(GC gc, Rectangle plot, TimeWindow window) {
		long step = TIME_STEPS[TIME_STEPS.length - 1];
		for (long candidate : TIME_STEPS) {
			if (candidate * plot.width / (double) window.span() >= 90) {
				step = candidate;
				break;
			}
		}
		java.time.ZoneId zone = java.time.ZoneId.systemDefault();
		long offset = zone.getRules().getOffset(java.time.Instant.ofEpochMilli(window.end())).getTotalSeconds() * 1000L;
		// ticks on round local times (a 10-minute grid at :00, :10 ...)
		long first = Math.floorDiv(window.start() + offset, step) * step + step - offset;
		gc.setFont(null);
		for (long t = first; t <= window.end(); t += step) {
			int x = window.x(t, plot.x, plot.width);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.drawLine(x, plot.y, x, plot.y + plot.height);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
			String label = LiveText.time(java.time.Instant.ofEpochMilli(t)).substring(0, step >= 60_000 ? 5 : 8);
			gc.drawString(label, x - gc.stringExtent(label).x / 2, plot.y + plot.height + 2, true);
		}
	}

	private static void valueAxis(GC gc, Rectangle plot, TrendSeries s) {
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
		for (int i = 0; i <= 4; i++) {
			double value = s.low() + (s.high() - s.low()) * i / 4;
			String label = LiveText.number(value);
			int y = y(plot, s, value);
			gc.drawString(label, plot.x - 4 - gc.stringExtent(label).x, y - gc.getFontMetrics().getHeight() / 2, true);
		}
	}

	private static void references(GC gc, Rectangle plot, TrendSeries s, Color colour, List<TrendFrame.Line> lines) {
		Signal signal = s.signal();
		gc.setForeground(colour);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID); // the range ends solid and thin, limits dashed
		for (String end : new String[]{"range low", "range high"}) {
			Double value = end.endsWith("low") ? signal.getRangeLow() : signal.getRangeHigh();
			if (value != null) {
				int y = y(plot, s, value);
				gc.drawLine(plot.x, y, plot.x + plot.width, y);
				lines.add(new TrendFrame.Line(signal, end, value, y));
			}
		}
		gc.setLineStyle(SWT.LINE_DASH);
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			int y = y(plot, s, limit.getValue());
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			String kind = switch (limit.getKind()) {
			case HIGH_HIGH -> "HH";
			case HIGH -> "H";
			case LOW -> "L";
			case LOW_LOW -> "LL";
			};
			gc.drawString(kind, plot.x + plot.width + 3, y - gc.getFontMetrics().getHeight() / 2, true);
			lines.add(new TrendFrame.Line(signal, kind, limit.getValue(), y));
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private static void line(GC gc, Rectangle plot, TimeWindow window, TrendSeries s, Color colour) {
		int n = s.size();
		if (n == 0) {
			return;
		}
		gc.setForeground(colour);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setClipping(plot);
		int first = Math.max(0, s.indexAt(window.start()));
		int last = s.indexAt(window.end());
		Columns columns = new Columns(gc);
		for (int i = first; i <= last && i < n; i++) {
			double v = s.number(i);
			if (Double.isNaN(v)) {
				columns.breakLine();
				continue;
			}
			int x = Math.max(plot.x - 1, window.x(s.time(i), plot.x, plot.width));
			columns.add(x, y(plot, s, v));
		}
		// the last value holds until now (the window's end)
		columns.hold(plot.x + plot.width);
		columns.breakLine();
		gc.setClipping((Rectangle) null);
		gc.setLineWidth(1);
	}

	static void legend(GC gc, Rectangle plot, List<TrendSeries> series) {
		int x = plot.x + 6;
		for (int i = 0; i < series.size(); i++) {
			Signal signal = series.get(i).signal();
			String unit = signal.getUnit() == null ? "" : " [" + signal.getUnit().getSymbol() + "]";
			String text = signal.getTag() + unit;
			gc.setBackground(new Color(TrendPalette.colour(i)));
			gc.fillRectangle(x, plot.y + 6, 10, 10);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(text, x + 13, plot.y + 3, true);
			x += 13 + gc.stringExtent(text).x + 12;
		}
	}

	private static void hover(GC gc, Rectangle plot, int x, long time, List<TrendFrame.Reading> readings) {
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawLine(x, plot.y, x, plot.y + plot.height);
		List<String> text = new ArrayList<>();
		text.add(LiveText.time(java.time.Instant.ofEpochMilli(time)));
		readings.forEach(r -> text.add(r.text()));
		int lineHeight = gc.getFontMetrics().getHeight();
		int width = text.stream().mapToInt(t -> gc.stringExtent(t).x).max().orElse(0) + 20;
		int height = text.size() * lineHeight + 6;
		int left = x + 8 + width > plot.x + plot.width ? x - 8 - width : x + 8;
		int top = plot.y + 22;
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		gc.fillRectangle(left, top, width, height);
		gc.drawRectangle(left, top, width, height);
		for (int i = 0; i < text.size(); i++) {
			if (i > 0) {
				gc.setBackground(new Color(TrendPalette.colour(i - 1)));
				gc.fillRectangle(left + 4, top + 3 + i * lineHeight + lineHeight / 2 - 4, 8, 8);
			}
			gc.drawString(text.get(i), left + 16, top + 3 + i * lineHeight, true);
		}
	}

	/** Collects a step line into at most four points per pixel column and draws it in runs. */
	private static final class Columns {
		private final GC gc;
		private int[] points = new int[256];
		private int size;
		private int x = Integer.MIN_VALUE;
		private int entry;
		private int min;
		private int max;
		private int exit;

		Columns(GC gc) {
			this.gc = gc;
		}

		void add(int px, int py) {
			if (px != x) {
				boolean continuing = x != Integer.MIN_VALUE;
				emit();
				// a step: the previous value holds until this column
				entry = continuing ? exit : py;
				min = max = entry;
				x = px;
			}
			min = Math.min(min, py);
			max = Math.max(max, py);
			exit = py;
		}

		void hold(int untilX) {
			if (x != Integer.MIN_VALUE && untilX > x) {
				add(untilX, exit);
			}
		}

		void breakLine() {
			emit();
			if (size >= 4) {
				gc.drawPolyline(size == points.length ? points : java.util.Arrays.copyOf(points, size));
			}
			size = 0;
			x = Integer.MIN_VALUE;
		}

		private void emit() {
			if (x == Integer.MIN_VALUE) {
				return;
			}
			if (size + 8 > points.length) {
				points = java.util.Arrays.copyOf(points, points.length * 2);
			}
			int[] ys = min == entry && max == exit || max == entry && min == exit
					? new int[]{entry, exit}
					: new int[]{entry, entry < exit ? min : max, entry < exit ? max : min, exit};
			for (int y : ys) {
				points[size++] = x;
				points[size++] = y;
			}
		}
	}
}
