// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.twinworks.events.EventFrame;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.AnalysisFeed;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.FramesInOrder;
import org.twinworks.events.engine.SignalIndex;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * The engine alone, without a file: the event benchmark's load ({@link EventEngineBenchmark}: 20,000 signals at
 * 10 Hz, 5,000 rule instances, drift on every analog signal, every standard deduction) generated into memory
 * first, then run through the engine on the caller's thread as fast as it goes. Prints values per second and the
 * multiple of real time (200,000 values a second) for each path measured in the same run, and whether the paths
 * found the same frames. Asserts nothing.
 */
class EngineOnlyBenchmark {
	/** Seconds of data time; the drift charts run from 10 s on. */
	private static final int SECONDS = Integer.getInteger("twinworks.bench.engineSeconds", 30);
	/**
	 * The paths measured, comma separated: old (a SignalValue per value), fast (primitives per value, signals
	 * numbered), split2 (the fast path, the detectors split across two threads by an {@link AnalysisFeed}).
	 */
	private static final String PATHS = System.getProperty("twinworks.bench.paths", "old,fast,split2");
	private static final int SIGNALS = EventEngineBenchmark.SIGNALS;
	private static final int HZ = EventEngineBenchmark.HZ;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Test
	void engineOnlyFigures() {
		Plant plant = SyntheticPlants.create(SIGNALS * 5, 7);
		EventEngineBenchmark.Load load = EventEngineBenchmark.load(plant);
		int batches = SECONDS * HZ;
		SignalValue[] objects = new SignalValue[batches * SIGNALS];
		Instant[] times = new Instant[batches];
		for (int b = 0; b < batches; b++) {
			Instant at = EventEngineBenchmark.T0.plusMillis(100L * b);
			times[b] = at;
			for (int i = 0; i < SIGNALS; i++) {
				objects[b * SIGNALS + i] = load.value(i, b, at);
			}
		}
		Instant end = times[batches - 1];
		Columns columns = new Columns(objects, load.signals);
		List<EventFrame> reference = null;
		for (String path : PATHS.split(",")) {
			for (int round = 0; round < 2; round++) { // the first round warms the JIT up
				long t0 = System.nanoTime();
				long cpu0 = THREADS.getCurrentThreadCpuTime();
				long process0 = processCpu();
				List<EventFrame> frames = switch (path) {
				case "old" -> old(plant, load.signals, objects, end);
				case "fast" -> fast(plant, columns, end);
				case "split2" -> split(plant, columns, end, 2);
				default -> throw new IllegalArgumentException("no path " + path);
				};
				double seconds = (System.nanoTime() - t0) / 1e9;
				double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
				double processCpu = (processCpu() - process0) / 1e9;
				if (round == 0) {
					continue;
				}
				if (reference == null) {
					reference = frames;
				}
				double perSecond = objects.length / seconds;
				System.out.printf(Locale.ROOT,
						"events benchmark: engine only, path %s: %,d values (%d s of %,d signals at %d Hz) in %.2f s"
								+ " wall: %,.0f values/s, %.1fx real time, %.3f µs a value; the caller's thread %.2f s of"
								+ " CPU (%.1fx real time per core), the process %.2f s (every thread, GC included);"
								+ " %,d frames %s, same frames as the first path: %b; load average %.1f on %d cores%n",
						path, objects.length, SECONDS, SIGNALS, HZ, seconds, perSecond, perSecond / (SIGNALS * HZ),
						1e6 / perSecond, cpu, SECONDS / cpu, processCpu, frames.size(), bySource(frames),
						frames.equals(reference), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
						Runtime.getRuntime().availableProcessors());
			}
		}
	}

	/** The path before the signal index: a {@link SignalValue} per value, routed by its {@link Signal}. */
	private static List<EventFrame> old(Plant plant, List<Signal> signals, SignalValue[] values, Instant end) {
		FramesInOrder collected = new FramesInOrder();
		try (EventEngine engine = new EventEngine(plant, EventEngineBenchmark.providers())) {
			engine.addListener(collected);
			for (int v = 0; v < values.length; v++) {
				SignalValue value = values[v];
				engine.process(signals.get(v % SIGNALS), value, value.sourceTime());
			}
			engine.advanceTo(end);
		}
		return collected.frames();
	}

	/** The values as primitive columns, as a columnar recording gives them. */
	private static final class Columns {
		final List<Signal> signals;
		final int[] signal;
		final double[] number;
		final long[] status;
		final long[] nanos;
		boolean numbered;

		Columns(SignalValue[] values, List<Signal> signals) {
			this.signals = signals;
			int n = values.length;
			signal = new int[n];
			number = new double[n];
			status = new long[n];
			nanos = new long[n];
			for (int v = 0; v < n; v++) {
				SignalValue value = values[v];
				number[v] = switch (value.value()) {
				case Double d -> d;
				case Boolean b -> b ? 1 : 0;
				case null, default -> Double.NaN;
				};
				status[v] = value.statusCode();
				Instant at = value.sourceTime();
				nanos[v] = at.getEpochSecond() * 1_000_000_000L + at.getNano();
			}
		}

		/** Numbers the signals as {@code index} does (the same for every engine on the plant). */
		void number(SignalIndex index) {
			if (!numbered) {
				for (int v = 0; v < signal.length; v++) {
					signal[v] = index.indexOf(signals.get(v % SIGNALS));
				}
				numbered = true;
			}
		}
	}

	/** The fast path: primitives per value, signals numbered once. */
	private static List<EventFrame> fast(Plant plant, Columns columns, Instant end) {
		FramesInOrder collected = new FramesInOrder();
		try (EventEngine engine = new EventEngine(plant, EventEngineBenchmark.providers())) {
			engine.addListener(collected);
			engine.nameStatus(0x808C_0000L, "Bad_SensorFailure");
			engine.nameStatus(0, "Good");
			columns.number(engine.signalIndex());
			int[] signal = columns.signal;
			double[] number = columns.number;
			long[] status = columns.status;
			long[] nanos = columns.nanos;
			for (int v = 0; v < signal.length; v++) {
				engine.process(signal[v], number[v], status[v], nanos[v]);
			}
			engine.advanceTo(end);
		}
		return collected.frames();
	}

	/** The fast path through an {@link AnalysisFeed} with its detectors split across {@code partitions} threads. */
	private static List<EventFrame> split(Plant plant, Columns columns, Instant end, int partitions) {
		try (AnalysisFeed feed = new AnalysisFeed(plant, EventEngineBenchmark.providers(), EngineSettings.DEFAULT,
				partitions)) {
			feed.nameStatus(0x808C_0000L, "Bad_SensorFailure");
			feed.nameStatus(0, "Good");
			columns.number(feed.signalIndex());
			int n = columns.signal.length;
			for (int from = 0; from < n; from += SIGNALS) {
				feed.values(columns.signal, columns.number, columns.status, columns.nanos, from,
						Math.min(SIGNALS, n - from));
			}
			return feed.finish(end);
		}
	}

	static long processCpu() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime()
				: 0;
	}

	private static String bySource(List<EventFrame> frames) {
		Map<String, int[]> bySource = new TreeMap<>();
		frames.forEach(fr -> bySource.computeIfAbsent(fr.source(), s -> new int[1])[0]++);
		return EventEngineBenchmark.counts(bySource);
	}
}
