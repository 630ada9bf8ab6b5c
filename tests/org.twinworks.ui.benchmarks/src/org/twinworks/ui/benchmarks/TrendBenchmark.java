// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.ui.live.trends.TimeWindow;
import org.twinworks.ui.live.trends.TrendBackdrop;
import org.twinworks.ui.live.trends.TrendPainter;
import org.twinworks.ui.live.trends.TrendSeries;

/**
 * The trend view's cost with 20 signals × 10 minutes of history at 10 Hz (120,000 values): re-reading the
 * histories from the store (what a UI batch costs when every plotted signal changed) and painting a 1200×400
 * frame, next to the raw library floor of drawing every point with one SWT polyline per signal.
 */
class TrendBenchmark {
	private static final int SIGNALS = 20;
	private static final int VALUES = 6_000;

	@Test
	void trendFigures() throws Exception {
		List<Signal> signals = new ArrayList<>();
		ValueStore store = new ValueStore(VALUES, Duration.ofMinutes(10), 200_000);
		Instant start = Instant.parse("2025-01-01T08:00:00Z");
		Random random = new Random(42);
		for (int s = 0; s < SIGNALS; s++) {
			Signal signal = signal("FT-" + (100 + s) + ".PV");
			signals.add(signal);
			double v = 50;
			for (int i = 0; i < VALUES; i++) {
				v = Math.max(0, Math.min(100, v + random.nextGaussian() * 2));
				Instant t = start.plusMillis(100L * i);
				store.put(signal, new SignalValue(v, 0, "Good", t, t));
			}
		}
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (store.history(signals.get(SIGNALS - 1)).size() < VALUES && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertEquals(VALUES, store.history(signals.get(SIGNALS - 1)).size(), "the store holds 10 minutes");

		double[] reload = new double[15];
		List<TrendSeries> series = null;
		for (int r = 0; r < reload.length; r++) {
			long t0 = System.nanoTime();
			series = new ArrayList<>();
			for (Signal signal : signals) {
				series.add(new TrendSeries(signal, store.history(signal)));
			}
			reload[r] = (System.nanoTime() - t0) / 1e6;
		}
		print("re-read 20 histories (120,000 values)", reload, null);

		Display display = Display.getDefault();
		Image image = new Image(display, 1200, 400);
		try {
			TimeWindow window = new TimeWindow(600_000);
			window.show(start.toEpochMilli(), start.plusMillis(100L * VALUES).toEpochMilli());
			double[] paint = new double[30];
			double[] hover = new double[30];
			for (int r = 0; r < paint.length; r++) {
				paint[r] = paintOnce(image, window, series, -1, null);
				hover[r] = paintOnce(image, window, series, 700, null);
			}
			double[] raw = new double[10];
			for (int r = 0; r < raw.length; r++) {
				raw[r] = rawPolylines(image, series, window);
			}
			double rawMedian = median(raw);
			print("paint 1200x400, 20 signals x 10 min", paint, rawMedian);
			print("the same with the hover readout", hover, rawMedian);
		} finally {
			image.dispose();
			store.close();
		}
	}

	/**
	 * The hour: 20 trended signals × 1 h at 10 Hz (720,000 values) into a store like the workbench's (600 raw
	 * values a signal, a min/max tier of 3,600 one-second buckets behind them), painted zoomed out to the hour;
	 * next to the same hour painted from every raw value (the painter's per-column reduction over 36,000 values a
	 * signal, which the store would need 36,000 values a signal to hold).
	 */
	@Test
	void hourFigures() throws Exception {
		int hourValues = 36_000;
		List<Signal> signals = new ArrayList<>();
		List<List<SignalValue>> raw = new ArrayList<>();
		ValueStore store = new ValueStore(600, 200_000);
		List<AutoCloseable> trends = new ArrayList<>();
		Instant start = Instant.parse("2025-01-01T08:00:00Z");
		Random random = new Random(43);
		for (int s = 0; s < SIGNALS; s++) {
			Signal signal = signal("FT-" + (200 + s) + ".PV");
			signals.add(signal);
			trends.add(store.trend(signal));
			List<SignalValue> values = new ArrayList<>(hourValues);
			double v = 50;
			for (int i = 0; i < hourValues; i++) {
				v = Math.max(0, Math.min(100, v + random.nextGaussian() * 2));
				Instant t = start.plusMillis(100L * i);
				values.add(new SignalValue(v, 0, "Good", t, t));
			}
			raw.add(values);
		}
		for (int i = 0; i < hourValues; i++) {
			for (int s = 0; s < SIGNALS; s++) {
				store.put(signals.get(s), raw.get(s).get(i));
			}
		}
		SignalValue last = raw.get(SIGNALS - 1).get(hourValues - 1);
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (store.latest(signals.get(SIGNALS - 1)).orElse(null) != last && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		List<TrendSeries> tiered = new ArrayList<>();
		List<TrendSeries> everyValue = new ArrayList<>();
		double[] reload = new double[15];
		for (int r = 0; r < reload.length; r++) {
			long t0 = System.nanoTime();
			tiered.clear();
			for (Signal signal : signals) {
				tiered.add(new TrendSeries(signal, store.history(signal), store.envelope(signal)));
			}
			reload[r] = (System.nanoTime() - t0) / 1e6;
		}
		for (int s = 0; s < SIGNALS; s++) {
			everyValue.add(new TrendSeries(signals.get(s), raw.get(s)));
		}
		System.out.printf(Locale.ROOT,
				"trend benchmark: hour tier: %,d buckets a signal, %,d bytes a trended signal"
						+ " (%,d in the min/max tier + 600 raw values × 26 B), %,d bytes for 20%n",
				tiered.get(0).envelope().size(), 24 * 3600 + 600 * 26, 24 * 3600, SIGNALS * (24 * 3600 + 600 * 26));
		print("re-read 20 rings + tiers (the hour)", reload, null);
		Display display = Display.getDefault();
		Image image = new Image(display, 1200, 400);
		try {
			TimeWindow window = new TimeWindow(3_600_000);
			window.show(start.toEpochMilli(), start.plusMillis(100L * hourValues).toEpochMilli());
			double[] paint = new double[30];
			double[] kept = new double[30];
			double[] baseline = new double[10];
			TrendBackdrop backdrop = new TrendBackdrop();
			for (int r = 0; r < paint.length; r++) {
				paint[r] = paintOnce(image, window, tiered, -1, null);
				kept[r] = paintOnce(image, window, tiered, -1, backdrop);
			}
			backdrop.dispose();
			for (int r = 0; r < baseline.length; r++) {
				baseline[r] = paintOnce(image, window, everyValue, -1, null);
			}
			double[] sorted = baseline.clone();
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT,
					"trend benchmark: %-42s median %6.1f ms, max %6.1f ms   (target 16 ms; the same hour painted from"
							+ " all 720,000 raw values: median %.1f ms)%n",
					"paint 1200x400, 20 signals x 1 h (tier)", median(paint), Arrays.stream(paint).max().orElse(0),
					sorted[sorted.length / 2]);
			System.out.printf(Locale.ROOT,
					"trend benchmark: %-42s median %6.1f ms, max %6.1f ms   (target 16 ms; every part drawn anew in"
							+ " the same run: median %.1f ms)%n",
					"paint 1200x400, 20 x 1 h (tier, kept layers)", median(kept), Arrays.stream(kept).max().orElse(0),
					median(paint));
		} finally {
			image.dispose();
			for (AutoCloseable trend : trends) {
				trend.close();
			}
			store.close();
		}
	}

	/** One paint; with {@code backdrop}, from the layers it keeps (the first call draws them). */
	private static double paintOnce(Image image, TimeWindow window, List<TrendSeries> series, int hoverX,
			TrendBackdrop backdrop) {
		GC gc = new GC(image);
		try {
			long t0 = System.nanoTime();
			if (backdrop == null) {
				TrendPainter.paint(gc, image.getBounds(), window, series, hoverX);
			} else {
				TrendPainter.paint(gc, image.getBounds(), window, series, hoverX, backdrop);
			}
			return (System.nanoTime() - t0) / 1e6;
		} finally {
			gc.dispose();
		}
	}

	/** The floor: every point of every signal in one polyline each, no reduction. */
	private static double rawPolylines(Image image, List<TrendSeries> series, TimeWindow window) {
		GC gc = new GC(image);
		try {
			long t0 = System.nanoTime();
			Rectangle area = image.getBounds();
			gc.setAntialias(SWT.OFF);
			gc.fillRectangle(area);
			for (int s = 0; s < series.size(); s++) {
				TrendSeries one = series.get(s);
				int[] points = new int[VALUES * 2];
				for (int i = 0; i < VALUES; i++) {
					SignalValue v = one.valueAt(window.start() + 100L * i);
					points[2 * i] = i * area.width / VALUES;
					points[2 * i + 1] = area.height - (int) (((Number) v.value()).doubleValue() * area.height / 100);
				}
				gc.setForeground(new Color(30 + s * 10, 100, 180));
				gc.setLineWidth(2);
				gc.drawPolyline(points);
			}
			return (System.nanoTime() - t0) / 1e6;
		} finally {
			gc.dispose();
		}
	}

	private static Signal signal(String tag) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(tag);
		signal.setRangeLow(0.0);
		signal.setRangeHigh(100.0);
		double[] at = {5, 15, 85, 95};
		AlarmKind[] kinds = {AlarmKind.LOW_LOW, AlarmKind.LOW, AlarmKind.HIGH, AlarmKind.HIGH_HIGH};
		for (int i = 0; i < kinds.length; i++) {
			AlarmLimit limit = TwinFactory.eINSTANCE.createAlarmLimit();
			limit.setKind(kinds[i]);
			limit.setValue(at[i]);
			signal.getAlarmLimits().add(limit);
		}
		return signal;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void print(String what, double[] ms, Double rawMs) {
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "trend benchmark: %-42s median %6.1f ms, max %6.1f ms%s%n", what, median(ms),
				sorted[sorted.length - 1],
				rawMs == null
						? ""
						: String.format(Locale.ROOT, "   (raw SWT, every point in one polyline per signal: %.1f ms)",
								rawMs));
	}
}
