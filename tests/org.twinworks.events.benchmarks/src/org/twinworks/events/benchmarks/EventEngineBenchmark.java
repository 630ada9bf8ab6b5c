// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.events.engine.SignalQualityProvider;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * The event engine under the issue's load: 20,000 signals at 10 Hz of synthetic values offered live, the available
 * detectors on every signal (today {@code signal.bad}, one detector for all; the rules and drift join at merge), groups of ten signals
 * going Bad for 6 s and back. Prints the engine thread's CPU share of one core, the latency from a value offered to
 * the frame it closes, and the analysis speed of a one-hour recording as times real time, each next to a baseline
 * measured in the same run: the same values through a {@link ValueStore} (its worker thread), and through a plain
 * loop. Asserts nothing.
 */
class EventEngineBenchmark {
	private static final int SIGNALS = 20_000;
	private static final int HZ = 10;
	private static final int LIVE_SECONDS = Integer.getInteger("twinworks.bench.seconds", 20);
	/** In the one-hour recording each signal changes every this many seconds on average (a deadband's effect). */
	private static final int RECORDED_EVERY_S = 10;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void eventEngineFigures() throws Exception {
		Plant plant = SyntheticPlants.create(SIGNALS * 5, 7);
		List<Binding> bindings = plant.getTwin().getBindings();
		List<Signal> signals = new ArrayList<>(SIGNALS);
		for (int i = 0; i < bindings.size(); i++) {
			bindings.get(i).setActive(i < SIGNALS);
			if (i < SIGNALS) {
				signals.add(bindings.get(i).getSignal());
			}
		}
		List<DetectorProvider> providers = List.of(new SignalQualityProvider());

		long[] latencies = new long[LIVE_SECONDS * 10];
		int[] closedCount = {0};
		Map<Signal, Long> sentGood = new ConcurrentHashMap<>();
		try (EventEngine engine = new EventEngine(plant, providers,
				EngineSettings.DEFAULT.withQueueCapacity(SIGNALS * HZ * 2))) {
			engine.addListener(new EventListener() {
				@Override
				public void opened(EventFrame frame) {
				}

				@Override
				public void closed(EventFrame frame) {
					String tag = frame.atEnd().keySet().iterator().next();
					Long sent = sentGood.remove(signals.get(Integer.parseInt(tag.substring(tag.indexOf('#') + 1))));
					if (sent != null && closedCount[0] < latencies.length) {
						latencies[closedCount[0]++] = System.nanoTime() - sent;
					}
				}
			});
			// tags carry their index, so the listener finds the signal without a map
			for (int i = 0; i < SIGNALS; i++) {
				signals.get(i).setTag(signals.get(i).getTag() + "#" + i);
			}
			engine.start();
			Thread thread = thread("twinworks-event-engine");
			double share = drive(thread, (signal, value) -> engine.offer(signal, value, value.sourceTime()), signals,
					sentGood, () -> engine.processed() + engine.dropped() >= engine.received());
			long[] sorted = Arrays.copyOf(latencies, closedCount[0]);
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT,
					"events benchmark: live %,d signals at %d Hz for %d s, %,d signals watched by %,d detectors: engine thread %.1f %% of one core,"
							+ " %,d values, %,d dropped, %d frames closed; latency value in -> frame out p50 %.1f ms, p99 %.1f ms%n",
					SIGNALS, HZ, LIVE_SECONDS, engine.watchedSignals(), engine.detectors(), share * 100,
					engine.received(), engine.dropped(), sorted.length, percentile(sorted, 0.50) / 1e6,
					percentile(sorted, 0.99) / 1e6);
		}
		try (ValueStore store = new ValueStore(1, SIGNALS * HZ * 2)) {
			Thread worker = thread("twinworks-value-store");
			double share = drive(worker, store::offer, signals, new ConcurrentHashMap<>(), () -> true);
			System.out.printf(Locale.ROOT,
					"events benchmark: baseline, the same values into a ValueStore: its worker %.1f %% of one core,"
							+ " %,d dropped%n",
					share * 100, store.dropped());
		}
		analysis(plant, providers, signals);
	}

	/**
	 * Offers 10 Hz of values for every signal, paced by the wall clock, and returns {@code consumer}'s CPU time over
	 * the wall time until {@code drained}. Signals of group g (ten of them) are Bad from second g to g + 6.
	 */
	private static double drive(Thread consumer, BiConsumer<Signal, SignalValue> offer, List<Signal> signals,
			Map<Signal, Long> sentGood, java.util.function.BooleanSupplier drained) throws InterruptedException {
		long cpu0 = THREADS.getThreadCpuTime(consumer.threadId());
		long wall0 = System.nanoTime();
		int batches = LIVE_SECONDS * HZ;
		for (int b = 0; b < batches; b++) {
			Instant now = Instant.now();
			for (int i = 0; i < SIGNALS; i++) {
				int group = i / 10;
				boolean bad = group * HZ <= b && b < (group + 6) * HZ;
				Signal signal = signals.get(i);
				if (!bad && b == (group + 6) * HZ) {
					sentGood.put(signal, System.nanoTime());
				}
				offer.accept(signal,
						bad
								? new SignalValue(null, 0x808C_0000L, "Bad_SensorFailure", now, now)
								: new SignalValue(i + b * 0.001, 0, "Good", now, now));
			}
			long next = wall0 + (b + 1) * 1_000_000_000L / HZ;
			long sleep = next - System.nanoTime();
			if (sleep > 0) {
				Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
			}
		}
		while (!drained.getAsBoolean()) {
			Thread.sleep(5);
		}
		long cpu = THREADS.getThreadCpuTime(consumer.threadId()) - cpu0;
		return cpu / (double) (System.nanoTime() - wall0);
	}

	/** A one-hour recording analysed in memory, next to the same values through a plain loop. */
	private static void analysis(Plant plant, List<DetectorProvider> providers, List<Signal> signals) {
		int steps = 3600 * HZ;
		int perStep = SIGNALS / (RECORDED_EVERY_S * HZ);
		List<RecordedValue> values = new ArrayList<>(steps * perStep);
		for (int step = 0; step < steps; step++) {
			Instant at = T0.plusMillis(100L * step);
			for (int k = 0; k < perStep; k++) {
				int i = (step % (RECORDED_EVERY_S * HZ)) * perStep + k;
				// one signal in a thousand is Bad for its first 20 minutes
				boolean bad = i % 1000 == 0 && step < 12_000;
				SignalValue value = bad
						? new SignalValue(null, 0x808C_0000L, "Bad_SensorFailure", at, at)
						: new SignalValue((double) step, 0, "Good", at, at);
				values.add(new RecordedValue(at, "opc.tcp://bench", null, signals.get(i).getTag(), value));
			}
		}
		Recording recording = new Recording(values, false);
		long t0 = System.nanoTime();
		long sum = 0;
		Map<String, Signal> byTag = RecordingAnalysis.signalsByTag(plant);
		for (RecordedValue value : recording.values()) {
			sum += byTag.get(value.tag()).hashCode() + (value.value().isBad() ? 1 : 0);
		}
		double loopSeconds = (System.nanoTime() - t0) / 1e9;
		t0 = System.nanoTime();
		RecordingAnalysis.Result result = new RecordingAnalysis(plant, providers).analyse(recording);
		double seconds = (System.nanoTime() - t0) / 1e9;
		double perSecond = values.size() / seconds;
		System.out.printf(Locale.ROOT,
				"events benchmark: analysis of a one-hour recording of %,d signals (%,d values, each signal every %d s):"
						+ " %.1f s, %.0fx real time, %,.0f values/s, %d frames (plain loop resolving the same values:"
						+ " %.1f s, %.0fx); at a full 10 Hz on every signal (%,d values/s recorded) that rate is %.1fx"
						+ " real time [%d]%n",
				SIGNALS, values.size(), RECORDED_EVERY_S, seconds, 3600 / seconds, perSecond, result.frames().size(),
				loopSeconds, 3600 / loopSeconds, SIGNALS * HZ, perSecond / (SIGNALS * HZ), sum & 1);
	}

	private static Thread thread(String name) {
		return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no thread " + name));
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
	}

}
