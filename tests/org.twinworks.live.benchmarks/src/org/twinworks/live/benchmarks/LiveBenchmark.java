// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import static org.twinworks.live.benchmarks.BenchPlants.print;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.SignalValue;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;

/**
 * The live pipeline under load, against the virtual plant in counting mode (every value is the tick number, so
 * gaps are lost values), next to a bare Milo client in the same run: 20,000 items at 5 Hz and at 10 Hz, the
 * latter once through Milo's sampler and once pushed by the tick. Prints figures; asserts nothing. Item creation
 * is compared in {@link ItemCreationBenchmark}.
 */
class LiveBenchmark {
	private static final int SIGNALS = 20_000;
	// the virtual plant runs in this JVM: its tick and sampler must be compiled before values are counted
	private static final Duration WARM_UP = Duration.ofSeconds(8);
	private static final Duration WARM_UP_AGAIN = Duration.ofSeconds(5);
	private static final Duration MEASURE = Duration.ofSeconds(10);

	@TempDir
	Path directory;

	@Test
	void countedPhasesAtFiveAndTenHertzAgainstABareMiloClient() throws Exception {
		Plant plant = BenchPlants.plant(SIGNALS);
		// a 100 ms sampler sees every value of a 200 ms tick
		counted(plant, Duration.ofMillis(200), false, WARM_UP);
		// at 100 ms sampler and tick share a period: the sampler's drifting clock skips ticks (see README)
		counted(plant, Duration.ofMillis(100), false, WARM_UP_AGAIN);
		// the same items, each tick's value pushed to them by the tick: gaps are then the clients' own
		counted(plant, Duration.ofMillis(100), true, WARM_UP_AGAIN);
	}

	private void counted(Plant plant, Duration tick, boolean push, Duration warmUp) throws Exception {
		String phase = String.format("%d Hz (tick %d ms, %s)", 1000 / tick.toMillis(), tick.toMillis(),
				push ? "pushed by the tick" : "Milo's sampler");
		Path clientPki = directory.resolve("client-pki-" + tick.toMillis() + (push ? "-push" : ""));
		try (VirtualPlant sim = BenchPlants.start(plant, clientPki, tick, VirtualPlantLimits.DEFAULT, push)) {
			Endpoint endpoint = BenchPlants.endpoint(plant, sim, clientPki);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			Counters store = new Counters();
			Counters listener = new Counters();
			long storeDrops;
			try (ValueStore values = new ValueStore(10, 400_000);
					LiveSession session = LiveSession.connect(endpoint, BenchPlants.options(clientPki))) {
				values.onApplied(c -> store.value(c.signal(), c.value().value(), c.value().sourceTime(),
						c.value().statusCode()));
				values.addListener(batch -> batch.forEach(c -> listener.latency(c.value().sourceTime())),
						Duration.ofMillis(50));
				SubscriptionReport report = session.subscribe(bindings, values);
				if (report.monitored() != bindings.size()) {
					throw new IllegalStateException(report.failed().size() + " items refused");
				}
				measure(store, listener, warmUp);
				storeDrops = values.dropped();
			}
			Counters bare = new Counters();
			try (BareMiloClient client = BareMiloClient.connect(sim.endpointUrl())) {
				client.subscribe(bindings.stream().map(Binding::getNodeId).toList(), BenchPlants.SAMPLING_MS,
						BenchPlants.QUEUE, BenchPlants.PUBLISHING.toMillis(), bare);
				measure(bare, null, warmUp);
			}
			double offered = bindings.size() * 1000.0 / tick.toMillis();
			print("%s, %,d items, sampling %.0f ms, publishing %d ms: ours %,.0f notifications/s, bare Milo %,.0f/s;"
					+ " ratio ours/bare %.2f (goal >= 0.8); the plant offered %,.0f/s", phase, bindings.size(),
					BenchPlants.SAMPLING_MS, BenchPlants.PUBLISHING.toMillis(), store.perSecond(), bare.perSecond(),
					store.perSecond() / bare.perSecond(), offered);
			print("%s losses: ours: dropped by the server for us (Overflow bit) %d, by the store %d, duplicates %d;"
					+ " bare Milo: Overflow bit %d, duplicates %d", phase, store.overflows(), storeDrops,
					store.duplicates(), bare.overflows(), bare.duplicates());
			print("%s counter gaps (values that never arrived; with Milo's sampler mostly values it never took, see"
					+ " README): ours %,d (%.1f %%), bare Milo %,d (%.1f %%)", phase, store.lost(), percentOf(store),
					bare.lost(), percentOf(bare));
			print("%s latency: ours source->store p50 %d ms, p99 %d ms; source->coalesced listener (50 ms) p50 %d ms,"
					+ " p99 %d ms; bare Milo source->its listener p50 %d ms, p99 %d ms", phase, store.percentileMs(0.5),
					store.percentileMs(0.99), listener.percentileMs(0.5), listener.percentileMs(0.99),
					bare.percentileMs(0.5), bare.percentileMs(0.99));
		}
	}

	/** Gaps as a share of what should have arrived: what arrived plus what is missing. */
	private static double percentOf(Counters counters) {
		return 100.0 * counters.lost() / Math.max(1, counters.notifications() + counters.lost());
	}

	@Test
	void historyMemoryOfTwentyThousandSignalsTenMinutesAtOneHertz() throws Exception {
		int perSignal = 600;
		Plant plant = BenchPlants.plant(SIGNALS);
		List<Binding> bindings = LiveBindings.activeOn(plant, plant.getTwin().getEndpoints().get(0));
		long before = usedHeapAfterGc();
		ValueStore store = new ValueStore(perSignal, 100_000);
		Instant t0 = Instant.now();
		for (int i = 0; i < perSignal; i++) {
			Instant time = t0.plusSeconds(i);
			for (Binding binding : bindings) {
				// as Milo delivers them: a boxed Double and two timestamps per value
				store.put(binding.getSignal(),
						new SignalValue(Math.random() * 100, 0, "Good", time.plusNanos(1), time.plusNanos(2)));
			}
		}
		Binding lastBinding = bindings.get(bindings.size() - 1);
		while (store.history(lastBinding.getSignal()).size() < perSignal) {
			Thread.sleep(20);
		}
		long after = usedHeapAfterGc();
		long values = (long) perSignal * bindings.size();
		print("history: %,d signals x %d values (10 min at 1 Hz) = %,d values retain %,d MB, %d bytes per value",
				bindings.size(), perSignal, values, (after - before) / 1_048_576, (after - before) / values);
		store.close();
	}

	private void measure(Counters first, Counters second, Duration warmUp) throws InterruptedException {
		Thread.sleep(warmUp.toMillis());
		first.start();
		if (second != null) {
			second.start();
		}
		Thread.sleep(MEASURE.toMillis());
		first.stop();
		if (second != null) {
			second.stop();
		}
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
