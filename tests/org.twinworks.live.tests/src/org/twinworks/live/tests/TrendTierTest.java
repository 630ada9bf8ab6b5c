// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.MinMaxHistory;
import org.twinworks.live.Player;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.tests.live.harness.SettableClock;

/**
 * The min/max tier behind a trended signal's raw ring, checked against a brute-force computation over the raw
 * values; a seek in a real recording file refills it for the hour before the target; and a seek leaves the
 * player's questions answering while the store refills.
 */
class TrendTierTest {
	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@TempDir
	Path directory;

	@Test
	void theTierOfATrendedSignalIsTheMinAndMaxOfItsRawValuesPerSecondOverTheLastHour() throws Exception {
		Signal signal = signal("FT-1.PV");
		Signal other = signal("FT-2.PV");
		List<SignalValue> raw = tenHertz(Duration.ofMinutes(70), 7);
		try (ValueStore store = new ValueStore(600, 100_000); AutoCloseable trend = store.trend(signal)) {
			for (SignalValue value : raw) {
				store.put(signal, value);
				store.put(other, value);
			}
			SignalValue last = raw.get(raw.size() - 1);
			assertTrue(LivePlants.await(() -> store.latest(other).orElse(null) == last, Duration.ofSeconds(20)));
			assertEquals(600, store.history(signal).size(), "the raw ring keeps its minute");
			MinMaxHistory.Envelope envelope = store.envelope(signal);
			assertEquals(3600, envelope.size(), "an hour of one-second buckets");
			assertTier(bruteForce(raw, last), envelope);
			assertEquals(0, store.envelope(other).size(), "a signal nobody trends has no tier");

			trend.close();
			assertEquals(0, store.envelope(signal).size(), "closing the last trend drops the tier");
		}
	}

	@Test
	void aSeekInARecordingRefillsATrendedSignalsTierForTheHourBeforeTheTarget() throws Exception {
		Path file = directory.resolve("ninety-minutes.twinrec");
		Signal trended = signal("PT-1.PV");
		Signal plain = signal("PT-2.PV");
		List<SignalValue> raw = tenHertz(Duration.ofMinutes(90), 11);
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ofHours(1),
				clock)) {
			for (SignalValue value : raw) {
				clock.set(value.sourceTime());
				recorder.valuesChanged(List.of(new ValueChange(trended, value), new ValueChange(plain, value)));
			}
		}
		Recording recording = Recording.read(file);
		assertEquals(2 * raw.size(), recording.values().size());
		try (ValueStore store = new ValueStore(600, 100_000);
				Player player = new Player(recording, store, v -> v.tag().equals(trended.getTag()) ? trended : plain);
				AutoCloseable trend = store.trend(trended)) {
			Instant target = T0.plus(Duration.ofMinutes(80)).plusMillis(50);
			player.seek(target);
			List<SignalValue> before = raw.stream().filter(v -> !v.sourceTime().isAfter(target)).toList();
			SignalValue last = before.get(before.size() - 1);
			assertTrue(LivePlants.await(() -> store.latest(plain).orElse(null) != null
					&& store.latest(plain).get().equals(last) && store.latest(trended).get().equals(last),
					Duration.ofSeconds(20)), "the values at the target");
			assertTrue(LivePlants.await(() -> store.envelope(trended).size() == 3600, Duration.ofSeconds(20)),
					"a full hour in the tier: " + store.envelope(trended).size());
			assertTier(bruteForce(before, last), store.envelope(trended));
			assertEquals(before.subList(before.size() - 600, before.size()), store.history(trended));
			assertEquals(before.subList(before.size() - 600, before.size()), store.history(plain),
					"an untrended signal gets its ring, no more");
		}
	}

	@Test
	void aSeekLeavesThePlayerAnsweringWhileTheStoreRefills() throws Exception {
		Path file = directory.resolve("slow-store.twinrec");
		Signal signal = signal("LT-1.PV");
		List<SignalValue> raw = tenHertz(Duration.ofMinutes(1), 3);
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ofHours(1),
				clock)) {
			for (SignalValue value : raw) {
				clock.set(value.sourceTime());
				recorder.valuesChanged(List.of(new ValueChange(signal, value)));
			}
		}
		// a store that applies a value a millisecond: refilling 600 values takes over half a second
		try (ValueStore store = new ValueStore(600, 1);
				Player player = new Player(Recording.read(file), store, v -> signal)) {
			store.onApplied(change -> sleep(1));
			Instant target = T0.plusSeconds(59);
			CountDownLatch done = new CountDownLatch(1);
			Thread seeker = new Thread(() -> {
				player.seek(target);
				done.countDown();
			});
			seeker.start();
			Thread.sleep(50);
			long slowest = 0;
			while (done.getCount() > 0) {
				long t0 = System.nanoTime();
				Instant position = player.position();
				boolean playing = player.isPlaying();
				slowest = Math.max(slowest, System.nanoTime() - t0);
				assertEquals(target, position, "the position is the target at once");
				assertFalse(playing);
				Thread.sleep(5);
			}
			assertTrue(done.await(10, TimeUnit.SECONDS));
			assertTrue(slowest < 100_000_000L,
					"position() and isPlaying() waited " + slowest / 1_000_000 + " ms for the refill");
			assertTrue(LivePlants.await(() -> store.history(signal).size() == 591, Duration.ofSeconds(10)),
					"0 to 59 s at 10 Hz, both ends: " + store.history(signal).size());
		}
	}

	private static void assertTier(TreeMap<Long, double[]> expected, MinMaxHistory.Envelope envelope) {
		assertEquals(expected.size(), envelope.size(), "buckets");
		int i = 0;
		for (Map.Entry<Long, double[]> bucket : expected.entrySet()) {
			assertEquals(bucket.getKey(), envelope.starts()[i], "bucket " + i);
			assertArrayEquals(bucket.getValue(), new double[]{envelope.mins()[i], envelope.maxs()[i]},
					"min and max of the bucket at " + Instant.ofEpochMilli(bucket.getKey()));
			i++;
		}
	}

	/** Per one-second bucket of the hour up to {@code last}, the min and max of the good values in it. */
	private static TreeMap<Long, double[]> bruteForce(List<SignalValue> raw, SignalValue last) {
		long newest = Math.floorDiv(last.sourceTime().toEpochMilli(), 1000) * 1000;
		TreeMap<Long, double[]> buckets = new TreeMap<>();
		for (SignalValue value : raw) {
			long bucket = Math.floorDiv(value.sourceTime().toEpochMilli(), 1000) * 1000;
			if (bucket <= newest - 3_600_000L || value.isBad()) {
				continue;
			}
			double v = (Double) value.value();
			buckets.merge(bucket, new double[]{v, v},
					(a, b) -> new double[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
		}
		return buckets;
	}

	/** A random walk at 10 Hz from T0, with a bad value now and then (which the tier leaves out). */
	private static List<SignalValue> tenHertz(Duration length, long seed) {
		Random random = new Random(seed);
		List<SignalValue> values = new ArrayList<>();
		double v = 50;
		for (long ms = 0; ms < length.toMillis(); ms += 100) {
			v += random.nextGaussian();
			Instant t = T0.plusMillis(ms);
			boolean bad = random.nextInt(500) == 0;
			values.add(new SignalValue(bad ? -999.0 : v, bad ? 0x8000_0000L : 0, bad ? "Bad" : "Good", t, t));
		}
		return values;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Signal signal(String tag) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(tag);
		return signal;
	}
}
