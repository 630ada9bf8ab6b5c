// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import static org.twinworks.live.benchmarks.BenchPlants.PUBLISHING;
import static org.twinworks.live.benchmarks.BenchPlants.QUEUE;
import static org.twinworks.live.benchmarks.BenchPlants.SAMPLING_MS;
import static org.twinworks.live.benchmarks.BenchPlants.print;
import static org.twinworks.live.benchmarks.BenchPlants.seconds;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

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

/**
 * Creating 20,000 and 50,000 monitored items through our pipeline next to a bare Milo client: the same server,
 * nodes, item parameters and batch size (the server's MaxMonitoredItemsPerCall, 10,000), timed over the same
 * span, from a connected session to every item's result. Server and clients share this JVM, so whoever creates
 * first pays for compiling both sides (a single cold-against-warm pair read 1.93 s against 0.35 s): warm-up
 * pairs are printed apart, then rounds alternate the order and medians are compared.
 */
class ItemCreationBenchmark {
	// the JIT keeps improving both sides over the first few creations; three pairs of 20,000 settle it here
	private static final int WARM_UP_PAIRS = 3;
	private static final int ROUNDS = 7;
	private static final int MOST = 50_000;

	@TempDir
	Path directory;

	/** Wall time and CPU time (all threads: server and client) of one creation, and the wait for first values. */
	private record Creation(double seconds, double cpuSeconds, double allValuesSeconds) {
	}

	@Test
	void creatingTwentyAndFiftyThousandItemsAgainstABareMiloClient() throws Exception {
		Plant plant = BenchPlants.plant(MOST);
		Path clientPki = directory.resolve("client-pki");
		VirtualPlantLimits limits = VirtualPlantLimits.DEFAULT.withMaxMonitoredItems(60_000, 200_000)
				.withMaxMessageSize(16 * 1024 * 1024);
		// values change once a second: creation, not the sampler, is what this measures
		try (VirtualPlant sim = BenchPlants.start(plant, clientPki, Duration.ofSeconds(1), limits, false)) {
			Endpoint endpoint = BenchPlants.endpoint(plant, sim, clientPki);
			List<Binding> all = LiveBindings.activeOn(plant, endpoint);
			warmUp(endpoint, all.subList(0, 20_000), clientPki, sim.endpointUrl());
			for (int size : new int[]{20_000, MOST}) {
				List<Binding> bindings = all.subList(0, size);
				List<String> nodeIds = bindings.stream().map(Binding::getNodeId).toList();
				List<Creation> ours = new ArrayList<>();
				List<Creation> bare = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					if (round % 2 == 0) {
						ours.add(ours(endpoint, bindings, clientPki));
						bare.add(bare(sim.endpointUrl(), nodeIds));
					} else {
						bare.add(bare(sim.endpointUrl(), nodeIds));
						ours.add(ours(endpoint, bindings, clientPki));
					}
				}
				// a round's two creations run seconds apart, under the same load from other processes: their ratio
				// is steadier than a ratio of medians when that load drifts
				List<Double> ratios = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					ratios.add(ours.get(round).seconds() / bare.get(round).seconds());
				}
				print("create %,d items, %d rounds in alternating order: ours median %.3f s, bare Milo median %.3f s;"
						+ " ratio ours/bare (median of the rounds' ratios) %.2f (goal <= 1.2); rounds ours %s, bare %s",
						size, ROUNDS, median(ours, Creation::seconds), median(bare, Creation::seconds),
						median(ratios, Double::doubleValue), list(ours), list(bare));
				double oursCpu = median(ours, Creation::cpuSeconds);
				double bareCpu = median(bare, Creation::cpuSeconds);
				print("create %,d items, CPU time of server and client meanwhile (median): ours %.2f s, bare Milo %.2f s;"
						+ " ratio %.2f", size, oursCpu, bareCpu, oursCpu / bareCpu);
				print("create %,d items: first value of every item within %.2f s more (ours, median), %.2f s (bare)",
						size, median(ours, Creation::allValuesSeconds), median(bare, Creation::allValuesSeconds));
			}
		}
	}

	private static void warmUp(Endpoint endpoint, List<Binding> bindings, Path clientPki, String url) throws Exception {
		List<String> nodeIds = bindings.stream().map(Binding::getNodeId).toList();
		List<Creation> ours = new ArrayList<>();
		List<Creation> bare = new ArrayList<>();
		for (int pair = 0; pair < WARM_UP_PAIRS; pair++) {
			ours.add(ours(endpoint, bindings, clientPki));
			bare.add(bare(url, nodeIds));
		}
		print("create %,d items, warm-up pairs (JIT; not compared): ours %s, then bare Milo %s", bindings.size(),
				list(ours), list(bare));
	}

	private static Creation ours(Endpoint endpoint, List<Binding> bindings, Path clientPki) throws Exception {
		Counters counters = new Counters();
		try (ValueStore values = new ValueStore(QUEUE, 400_000);
				LiveSession session = LiveSession.connect(endpoint, BenchPlants.options(clientPki))) {
			values.onApplied(c -> counters.value(c.signal(), c.value().value(), c.value().sourceTime()));
			long cpu = CpuClock.nanos();
			long t0 = System.nanoTime();
			SubscriptionReport report = session.subscribe(bindings, values);
			double created = seconds(t0);
			cpu = CpuClock.nanos() - cpu;
			check(report.monitored(), bindings.size(), "ours");
			return new Creation(created, cpu / 1e9, untilEveryItemHasAValue(counters, bindings.size()));
		} finally {
			settle();
		}
	}

	private static Creation bare(String url, List<String> nodeIds) throws Exception {
		Counters counters = new Counters();
		try (BareMiloClient client = BareMiloClient.connect(url)) {
			long cpu = CpuClock.nanos();
			long t0 = System.nanoTime();
			int created = client.subscribe(nodeIds, SAMPLING_MS, QUEUE, PUBLISHING.toMillis(), counters);
			double seconds = seconds(t0);
			cpu = CpuClock.nanos() - cpu;
			check(created, nodeIds.size(), "bare");
			return new Creation(seconds, cpu / 1e9, untilEveryItemHasAValue(counters, nodeIds.size()));
		} finally {
			settle();
		}
	}

	private static double untilEveryItemHasAValue(Counters counters, int items) throws InterruptedException {
		long t0 = System.nanoTime();
		while (counters.nodesSeen() < items && seconds(t0) < 30) {
			Thread.sleep(5);
		}
		return seconds(t0);
	}

	private static void check(long created, int wanted, String who) {
		if (created != wanted) {
			throw new IllegalStateException(who + ": " + created + " of " + wanted + " items created");
		}
	}

	/**
	 * The server deletes a closed session's items in the background: not into the next round's time. Then a full
	 * collection, so that no creation pays for the garbage of the one before it (Milo allocates about 12 KB per
	 * item created, server and client together; young collections were 200-500 ms of a 50,000-item creation).
	 */
	private static void settle() throws InterruptedException {
		Thread.sleep(300);
		System.gc();
	}

	private static <T> double median(List<T> rounds, ToDoubleFunction<T> figure) {
		double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	private static String list(List<Creation> rounds) {
		return rounds.stream().map(c -> String.format("%.2f", c.seconds())).toList().toString();
	}
}
