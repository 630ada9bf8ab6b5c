// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;
import org.twinworks.tests.live.harness.HeapAfterGc;

/**
 * Issue 19's soak of the virtual plant under the live benchmark's 10 Hz load: 20,000 signals in counting mode,
 * each tick's value pushed to its items, one of our sessions subscribed to all of them into a store, for
 * {@code -Dtwinworks.soak.minutes} (default 60), sampled {@code -Dtwinworks.soak.samples} times (default 12): heap
 * after GC, live threads and open file descriptors of this JVM (server and client), values a second and values
 * lost (counter gaps) in each interval. Fails when heap, threads or descriptors grew from the first sample to the
 * last beyond a small allowance, or values stopped. Run by {@code releng/reliability/run.sh soak}.
 */
class PlantSoak {
	private static final int SIGNALS = 20_000;
	private static final long HEAP_ALLOWANCE = 32L << 20;
	private static final int THREAD_ALLOWANCE = 3;
	private static final int FD_ALLOWANCE = 8;

	@TempDir
	Path directory;

	private record Sample(double minutes, long heap, int threads, long fds, double perSecond, long lost) {
	}

	@Test
	void theVirtualPlantServingTwentyThousandSignalsAtTenHertzKeepsItsResourcesFlat() throws Exception {
		double minutes = Double.parseDouble(System.getProperty("twinworks.soak.minutes", "60"));
		int samples = Integer.parseInt(System.getProperty("twinworks.soak.samples", "12"));
		Plant plant = BenchPlants.plant(SIGNALS);
		Path clientPki = directory.resolve("client-pki");
		try (VirtualPlant sim = BenchPlants.start(plant, clientPki, Duration.ofMillis(100), VirtualPlantLimits.DEFAULT,
				true)) {
			Endpoint endpoint = BenchPlants.endpoint(plant, sim, clientPki);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			AtomicReference<Counters> interval = new AtomicReference<>(new Counters());
			try (ValueStore values = new ValueStore(10, 400_000);
					LiveSession session = LiveSession.connect(endpoint, BenchPlants.options(clientPki))) {
				values.onApplied(c -> interval.get().value(c.signal(), c.value().value(), c.value().sourceTime(),
						c.value().statusCode()));
				SubscriptionReport report = session.subscribe(bindings, values);
				assertTrue(report.monitored() == bindings.size(), report.failed().size() + " items refused");
				Thread.sleep(10_000);
				BenchPlants.print("soak: %,d signals at 10 Hz from %s; %.1f min, %d samples", bindings.size(),
						sim.endpointUrl(), minutes, samples);
				long intervalMillis = (long) (minutes * 60_000 / Math.max(1, samples - 1));
				long start = System.nanoTime();
				List<Sample> taken = new ArrayList<>();
				for (int i = 0; i < samples; i++) {
					Counters counting = new Counters();
					interval.set(counting);
					counting.start();
					Thread.sleep(i == 0 ? 5_000 : intervalMillis);
					counting.stop();
					Sample sample = sample((System.nanoTime() - start) / 60e9, counting);
					taken.add(sample);
					BenchPlants.print(
							"soak: %5.1f min: heap after GC %,d MB, threads %d, file descriptors %d; %,.0f values/s,"
									+ " %,d lost in the interval",
							sample.minutes(), sample.heap() >> 20, sample.threads(), sample.fds(), sample.perSecond(),
							sample.lost());
				}
				verdict(taken);
			}
		}
	}

	private static void verdict(List<Sample> taken) {
		Sample first = taken.get(0);
		Sample end = taken.get(taken.size() - 1);
		double slowest = taken.stream().mapToDouble(Sample::perSecond).min().orElse(0);
		long lost = taken.stream().mapToLong(Sample::lost).sum();
		BenchPlants.print(
				"soak: over %.1f min: heap after GC %+,d MB (allowed %d), threads %+d (allowed %d), file descriptors"
						+ " %+d (allowed %d); the slowest interval %,.0f values/s; %,d values lost in all",
				end.minutes() - first.minutes(), (end.heap() - first.heap()) >> 20, HEAP_ALLOWANCE >> 20,
				end.threads() - first.threads(), THREAD_ALLOWANCE, end.fds() - first.fds(), FD_ALLOWANCE, slowest,
				lost);
		assertTrue(end.heap() - first.heap() <= HEAP_ALLOWANCE, "heap after GC grew");
		assertTrue(end.threads() - first.threads() <= THREAD_ALLOWANCE, "threads grew");
		assertTrue(end.fds() - first.fds() <= FD_ALLOWANCE, "file descriptors grew");
		assertTrue(slowest > SIGNALS, "values kept arriving");
	}

	private static Sample sample(double minutes, Counters counting) throws InterruptedException, IOException {
		long heap = HeapAfterGc.measure();
		int threads = ManagementFactory.getThreadMXBean().getThreadCount();
		long fds;
		try (Stream<Path> open = Files.list(Path.of("/proc/self/fd"))) {
			fds = open.count();
		}
		return new Sample(minutes, heap, threads, fds, counting.perSecond(), counting.lost());
	}
}
