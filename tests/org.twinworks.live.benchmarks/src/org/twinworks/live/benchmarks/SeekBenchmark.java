// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.Player;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.tests.live.harness.SettableClock;

/**
 * Seeking in a one-hour recording of 20,000 signals (a real file: each signal every 60 s on average, staggered,
 * after a first value for all; 20 of them at 10 Hz, as trended signals are), into a store like the workbench's
 * (600 values a signal). Measured until the store has applied every refilled value, at random targets, next to
 * the former seek in the same run (a scan from the start, then every signal's ring refilled). Prints figures;
 * asserts nothing.
 */
class SeekBenchmark {
	private static final int SIGNALS = 20_000;
	private static final int FAST = 20;
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final Duration HOUR = Duration.ofHours(1);

	@TempDir
	Path directory;

	@Test
	void seekFigures() throws Exception {
		List<Signal> signals = new ArrayList<>();
		Map<String, Signal> byTag = new HashMap<>();
		for (int s = 0; s < SIGNALS; s++) {
			Signal signal = TwinFactory.eINSTANCE.createSignal();
			signal.setTag("S-" + s + ".PV");
			signals.add(signal);
			byTag.put(signal.getTag(), signal);
		}
		Path file = directory.resolve("hour.twinrec");
		long t0 = System.nanoTime();
		write(file, signals);
		double writeSeconds = (System.nanoTime() - t0) / 1e9;
		System.gc();
		long heapBefore = usedHeap();
		t0 = System.nanoTime();
		Recording recording = Recording.read(file);
		double readSeconds = (System.nanoTime() - t0) / 1e9;
		System.gc();
		long recordingBytes = usedHeap() - heapBefore;
		System.out.printf(Locale.ROOT,
				"seek benchmark: recording of %,d signals over 1 h: %,d values, %,d MB file (written in %.1f s),"
						+ " read in %.1f s, %,d MB in memory%n",
				SIGNALS, recording.values().size(), Files.size(file) >> 20, writeSeconds, readSeconds,
				recordingBytes >> 20);
		Function<RecordedValue, Signal> resolve = v -> byTag.get(v.tag());
		Signal sentinel = TwinFactory.eINSTANCE.createSignal();
		Random random = new Random(1);
		Instant[] targets = new Instant[8];
		for (int i = 0; i < targets.length; i++) {
			targets[i] = T0.plusMillis((long) (random.nextDouble() * HOUR.toMillis()));
		}
		targets[targets.length - 1] = T0.plus(HOUR).minusMillis(1); // the worst case: the end

		try (ValueStore store = new ValueStore(600, 100_000)) {
			double[] former = new double[3];
			for (int i = 0; i < former.length; i++) {
				long start = System.nanoTime();
				formerSeek(recording.values(), store, resolve, targets[targets.length - former.length + i]);
				settle(store, sentinel);
				former[i] = (System.nanoTime() - start) / 1e6;
			}
			print("former seek (scan from start, every ring)", former, null);
		}
		try (ValueStore store = new ValueStore(600, 100_000)) {
			t0 = System.nanoTime();
			Player player = new Player(recording, store, resolve);
			double indexMillis = (System.nanoTime() - t0) / 1e6;
			System.out.printf(Locale.ROOT, "seek benchmark: index built when the player opens: %.0f ms%n", indexMillis);
			print("seek, every signal's ring refilled", seeks(player, store, sentinel, targets), null);
			player.seekHistory(1);
			print("seek, latest values only (the workbench)", seeks(player, store, sentinel, targets), 500.0);
			List<AutoCloseable> trends = new ArrayList<>();
			for (int s = 0; s < FAST; s++) {
				trends.add(store.trend(signals.get(s)));
			}
			print("the same with 20 trended 10 Hz signals (1 h tier)", seeks(player, store, sentinel, targets), 500.0);
			for (AutoCloseable trend : trends) {
				trend.close();
			}
			player.close();
		}
	}

	private static double[] seeks(Player player, ValueStore store, Signal sentinel, Instant[] targets)
			throws Exception {
		double[] ms = new double[targets.length];
		for (int i = 0; i < targets.length; i++) {
			long start = System.nanoTime();
			player.seek(targets[i]);
			settle(store, sentinel);
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		return ms;
	}

	/** The seek as it was before the index: every value up to the target scanned, each signal's tail kept. */
	private static void formerSeek(List<RecordedValue> values, ValueStore store,
			Function<RecordedValue, Signal> signals, Instant time) throws InterruptedException {
		Map<Signal, ArrayDeque<SignalValue>> tails = new LinkedHashMap<>();
		int keep = store.historyCapacity();
		int next = 0;
		while (next < values.size() && !values.get(next).arrival().isAfter(time)) {
			RecordedValue value = values.get(next++);
			Signal signal = signals.apply(value);
			if (signal != null) {
				ArrayDeque<SignalValue> tail = tails.computeIfAbsent(signal, s -> new ArrayDeque<>());
				if (tail.size() == keep) {
					tail.removeFirst();
				}
				tail.addLast(value.value());
			}
		}
		store.clear();
		for (Map.Entry<Signal, ArrayDeque<SignalValue>> tail : tails.entrySet()) {
			for (SignalValue value : tail.getValue()) {
				store.put(tail.getKey(), value);
			}
		}
	}

	/** Waits until the store has applied everything put before: its inbox is applied in order. */
	private static void settle(ValueStore store, Signal sentinel) throws InterruptedException {
		SignalValue mark = new SignalValue(System.nanoTime(), 0, "Good", null, null);
		store.put(sentinel, mark);
		while (store.latest(sentinel).orElse(null) != mark) {
			Thread.onSpinWait();
		}
	}

	/** A first value for every signal, then each every 60 s (staggered), the first 20 at 10 Hz. */
	private static void write(Path file, List<Signal> signals) throws Exception {
		SettableClock movable = new SettableClock(T0);
		Random random = new Random(7);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), HOUR, movable)) {
			Map<Signal, SignalValue> first = new LinkedHashMap<>();
			for (Signal signal : signals) {
				first.put(signal, value(random.nextDouble() * 100, T0));
			}
			recorder.recordCurrent(first);
			for (int tenth = 1; tenth < 36_000; tenth++) {
				movable.set(T0.plusMillis(100L * tenth));
				List<ValueChange> batch = new ArrayList<>();
				for (int s = 0; s < FAST; s++) {
					batch.add(new ValueChange(signals.get(s), value(random.nextDouble() * 100, movable.instant())));
				}
				// 600 tenths a minute: signal s changes in tenth s % 600 of each minute
				for (int s = FAST + tenth % 600; s < SIGNALS; s += 600) {
					batch.add(new ValueChange(signals.get(s), value(random.nextDouble() * 100, movable.instant())));
				}
				recorder.valuesChanged(batch);
			}
		}
	}

	private static SignalValue value(double v, Instant at) {
		return new SignalValue(v, 0, "Good", at, at);
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void print(String what, double[] ms, Double target) {
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "seek benchmark: %-50s median %7.1f ms, max %7.1f ms (%d targets)%s%n", what,
				sorted[sorted.length / 2], sorted[sorted.length - 1], ms.length,
				target == null ? "" : String.format(Locale.ROOT, "   target %.0f ms", target));
	}
}
