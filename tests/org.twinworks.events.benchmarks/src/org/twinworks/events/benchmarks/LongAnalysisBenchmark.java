// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.twinworks.events.EventFrame;
import org.twinworks.events.engine.AnalysisFeed;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.SignalIndex;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * Whether a value costs more the longer a recording gets: the event benchmark's load ({@link EventEngineBenchmark},
 * every standard deduction) generated 100 ms at a time, without a file, into an {@link AnalysisFeed}, for
 * {@code twinworks.bench.longSeconds} of data time (default 600). Prints the CPU a value costs in each slice of
 * {@code twinworks.bench.sliceSeconds} (default 60) of data time, with the GC time and the heap in use, so a cost
 * that grows with the recording's length shows without analysing an hour. Asserts nothing.
 */
class LongAnalysisBenchmark {
	private static final int SECONDS = Integer.getInteger("twinworks.bench.longSeconds", 600);
	private static final int SLICE = Integer.getInteger("twinworks.bench.sliceSeconds", 60);
	private static final int PARTITIONS = Integer.getInteger("twinworks.bench.partitions", 1);
	private static final int SIGNALS = EventEngineBenchmark.SIGNALS;
	private static final int HZ = EventEngineBenchmark.HZ;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	@Test
	void longAnalysisFigures() {
		Plant plant = SyntheticPlants.create(SIGNALS * 5, 7);
		EventEngineBenchmark.Load load = EventEngineBenchmark.load(plant);
		int[] signals = new int[SIGNALS];
		double[] numbers = new double[SIGNALS];
		long[] codes = new long[SIGNALS];
		long[] nanos = new long[SIGNALS];
		long t0 = EventEngineBenchmark.T0.getEpochSecond() * 1_000_000_000L;
		try (AnalysisFeed feed = new AnalysisFeed(plant, EventEngineBenchmark.providers(), EngineSettings.DEFAULT,
				PARTITIONS)) {
			feed.nameStatus(EventEngineBenchmark.Load.BAD_SENSOR_FAILURE, "Bad_SensorFailure");
			feed.nameStatus(0, "Good");
			SignalIndex index = feed.signalIndex();
			for (int i = 0; i < SIGNALS; i++) {
				signals[i] = index.indexOf(load.signals.get(i));
			}
			long wall0 = System.nanoTime();
			long sliceCpu = 0;
			long sliceProcess0 = EngineOnlyBenchmark.processCpu();
			long sliceWall0 = wall0;
			long gc0 = gcMillis();
			for (int b = 0; b < SECONDS * HZ; b++) {
				long at = t0 + 100_000_000L * b;
				for (int i = 0; i < SIGNALS; i++) {
					numbers[i] = load.number(i, b);
					codes[i] = load.statusCode(i, b);
					nanos[i] = at;
				}
				long cpu0 = THREADS.getCurrentThreadCpuTime();
				feed.values(signals, numbers, codes, nanos, 0, SIGNALS);
				sliceCpu += THREADS.getCurrentThreadCpuTime() - cpu0;
				if ((b + 1) % (SLICE * HZ) == 0) {
					long values = (long) SLICE * HZ * SIGNALS;
					long now = System.nanoTime();
					long process = EngineOnlyBenchmark.processCpu();
					long gc = gcMillis();
					System.out.printf(Locale.ROOT,
							"events benchmark: long analysis, %d partition(s), data %4d-%4d s: the caller's feed %.3f µs"
									+ " of CPU a value, the process %.3f µs (generation included), wall %.1f s (%.1fx"
									+ " real time); GC %,d ms; heap used %,d MB; %,d values fed; load average %.1f%n",
							feed.partitions(), (b + 1) / HZ - SLICE, (b + 1) / HZ, sliceCpu / 1e3 / values,
							(process - sliceProcess0) / 1e3 / values, (now - sliceWall0) / 1e9,
							SLICE / ((now - sliceWall0) / 1e9), gc - gc0, MEMORY.getHeapMemoryUsage().getUsed() >> 20,
							feed.fed(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
					sliceCpu = 0;
					sliceProcess0 = process;
					sliceWall0 = now;
					gc0 = gc;
				}
			}
			List<EventFrame> frames = feed.finish(Instant.ofEpochSecond(0, t0 + 100_000_000L * (SECONDS * HZ - 1)));
			double seconds = (System.nanoTime() - wall0) / 1e9;
			Map<String, int[]> bySource = new TreeMap<>();
			frames.forEach(fr -> bySource.computeIfAbsent(fr.source(), s -> new int[1])[0]++);
			System.out.printf(Locale.ROOT,
					"events benchmark: long analysis, %d partition(s), %d s of data (%,d values) in %.1f s wall, %.1fx"
							+ " real time (generation included); %,d frames %s%n",
					feed.partitions(), SECONDS, feed.fed(), seconds, SECONDS / seconds, frames.size(),
					EventEngineBenchmark.counts(bySource));
		}
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
	}
}
