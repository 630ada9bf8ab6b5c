// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Player;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.SettableClock;

/** Recording what arrives in a value store, reading it back after a crash, replaying and seeking. */
class RecordingTest {
	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	@TempDir
	Path directory;

	@Test
	void aRecordedVirtualPlantSessionReplaysToTheSameLastValues() throws Exception {
		Path clientPki = directory.resolve("client-pki");
		Path file = directory.resolve("session.twrec");
		Plant plant = LivePlants.demoPlant(directory, "recorded");
		Map<Signal, SignalValue> recorded;
		try (VirtualPlant sim = LivePlants.start(directory, false, clientPki)) {
			LivePlants.trustServer(clientPki, sim);
			Endpoint endpoint = LivePlants.endpointOf(plant, sim);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			try (ValueStore store = new ValueStore(10, 100_000);
					Recorder recorder = new Recorder(file, endpoint.getUrl(), bindings)) {
				AutoCloseable listening = store.addListener(recorder, Duration.ofMillis(100));
				try (LiveSession session = LiveSession.connect(endpoint,
						LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()))) {
					session.subscribe(bindings, store);
					Thread.sleep(2_000);
				}
				// the last batch reaches the recorder within one listener interval
				Thread.sleep(400);
				listening.close();
				recorded = store.snapshot();
				assertEquals(153, recorded.size());
				assertTrue(recorder.records() > 153, recorder.records() + " records");
				assertEquals(0, store.dropped());
			}
		}
		Recording recording = Recording.read(file);
		assertFalse(recording.damagedTail());
		Map<String, Signal> byNode = new HashMap<>();
		LiveBindings.activeOn(plant, plant.getTwin().getEndpoints().get(0))
				.forEach(b -> byNode.put(b.getNodeId(), b.getSignal()));
		try (ValueStore replayed = new ValueStore(10, 100_000);
				Player player = new Player(recording, replayed, v -> byNode.get(v.nodeId()))) {
			player.play(50);
			assertTrue(LivePlants.await(player::isFinished, Duration.ofSeconds(10)));
			assertTrue(LivePlants.await(() -> replayed.snapshot().equals(recorded), Duration.ofSeconds(5)),
					"replayed values differ from the recorded ones");
		}
	}

	@Test
	void aTornLastRecordIsSkippedAndTheRestReplays() throws Exception {
		Path file = directory.resolve("torn.twrec");
		Signal signal = signal("FT-1.PV");
		writeSynthetic(file, signal, 10);
		long size = Files.size(file);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(size - 5);
		}
		Recording torn = Recording.read(file);
		assertTrue(torn.damagedTail());
		assertEquals(9, torn.values().size());
		try (ValueStore store = new ValueStore(100, 1_000); Player player = new Player(torn, store, v -> signal)) {
			player.play(1_000);
			assertTrue(LivePlants.await(() -> store.history(signal).size() == 9, Duration.ofSeconds(5)));
			assertEquals(8.0, store.latest(signal).orElseThrow().value());
		}
	}

	@Test
	void recordingAgainIntoATornFileCutsTheTornRecordSoWhatFollowsReadsBack() throws Exception {
		Path file = directory.resolve("resumed.twrec");
		Signal signal = signal("FT-3.PV");
		writeSynthetic(file, signal, 10);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(file) - 5); // what a crash in the middle of the last record leaves
		}
		writeSynthetic(file, signal, 5); // a user picks the same file for the next recording
		Recording resumed = Recording.read(file);
		assertFalse(resumed.damagedTail(), "the torn record was cut before the new ones were appended");
		assertEquals(14, resumed.values().size(), "9 whole values before the crash and 5 after it");
		assertEquals(4.0, resumed.values().get(13).value().value());
	}

	@Test
	void aDamagedRecordEndsTheReadingAtTheLastGoodOne() throws Exception {
		Path file = directory.resolve("damaged.twrec");
		writeSynthetic(file, signal("FT-2.PV"), 10);
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length - 10] ^= 0x55;
		Files.write(file, bytes);
		Recording damaged = Recording.read(file);
		assertTrue(damaged.damagedTail());
		assertEquals(9, damaged.values().size());
	}

	@Test
	void seekingGivesTheValuesAtThatTimeAndPauseHolds() throws Exception {
		Path file = directory.resolve("seek.twrec");
		Signal signal = signal("LT-1.PV");
		writeSynthetic(file, signal, 10);
		Recording recording = Recording.read(file);
		try (ValueStore store = new ValueStore(100, 1_000); Player player = new Player(recording, store, v -> signal)) {
			player.seek(T0.plusMillis(4_500));
			assertTrue(LivePlants.await(() -> value(store, signal) == 4.0, Duration.ofSeconds(2)));
			assertEquals(T0.plusMillis(4_500), player.position());
			player.seek(T0.plusMillis(1_000));
			assertTrue(LivePlants.await(() -> value(store, signal) == 1.0, Duration.ofSeconds(2)));
			// at 10x, one recorded second takes 100 ms
			player.play(10);
			assertTrue(LivePlants.await(() -> value(store, signal) >= 3.0, Duration.ofSeconds(2)));
			player.pause();
			Thread.sleep(100);
			double paused = value(store, signal);
			Thread.sleep(400);
			assertEquals(paused, value(store, signal));
			assertTrue(paused < 9.0, "pause held at " + paused);
		}
	}

	@Test
	void seekingBackClearsTheStoreAndReplaysTheHistoryUpToThatTime() throws Exception {
		Path file = directory.resolve("back.twrec");
		Signal signal = signal("LT-2.PV");
		writeSynthetic(file, signal, 10);
		List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (ValueStore store = new ValueStore(3, 1_000);
				Player player = new Player(recording(file), store, v -> signal)) {
			store.addListener(new org.twinworks.live.ValueListener() {
				@Override
				public void valuesChanged(List<ValueChange> batch) {
					batch.forEach(c -> heard.add(String.valueOf(c.value().value())));
				}

				@Override
				public void storeCleared() {
					heard.add("cleared");
				}
			}, Duration.ofMillis(20));
			player.play(100);
			assertTrue(LivePlants.await(player::isFinished, Duration.ofSeconds(5)));
			assertTrue(LivePlants.await(() -> value(store, signal) == 9.0, Duration.ofSeconds(2)));
			assertEquals(List.of(7.0, 8.0, 9.0), history(store, signal));
			player.pause();
			player.seek(T0.plusMillis(4_500));
			// the history holds the past of the new position, nothing of its future
			assertTrue(LivePlants.await(() -> history(store, signal).equals(List.of(2.0, 3.0, 4.0)),
					Duration.ofSeconds(2)), history(store, signal).toString());
			assertEquals(4.0, value(store, signal));
			// the clear and the replayed values may come in one delivery or in several, never out of order
			assertTrue(LivePlants.await(() -> afterClear(heard).equals(List.of("cleared", "2.0", "3.0", "4.0")),
					Duration.ofSeconds(2)), heard.toString());
			player.seek(T0.minusSeconds(1));
			assertTrue(LivePlants.await(() -> store.snapshot().isEmpty(), Duration.ofSeconds(2)));
		}
	}

	private static List<String> afterClear(List<String> heard) {
		int at = heard.indexOf("cleared");
		return at < 0 ? List.of() : List.copyOf(heard.subList(at, heard.size()));
	}

	@Test
	void aRecordingStartsWithEverySignalsCurrentValue(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("current.twinrec");
		Signal still = signal("LT-1.PV");
		Signal moving = signal("FT-1.PV");
		Instant old = T0.minusSeconds(3600);
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ZERO, clock)) {
			// a value that has not changed for an hour must still be in the recording from its first instant
			recorder.recordCurrent(Map.of(still, new SignalValue(4.5, 0, "Good", old, old)));
			clock.set(T0.plusSeconds(1));
			recorder.valuesChanged(List
					.of(new ValueChange(moving, new SignalValue(1.0, 0, "Good", clock.instant(), clock.instant()))));
		}
		List<RecordedValue> values = recording(file).values();
		assertEquals(2, values.size());
		assertEquals("LT-1.PV", values.get(0).tag());
		assertEquals(T0, values.get(0).arrival(), "stamped when recording started, so playback starts there");
		assertEquals(old, values.get(0).value().sourceTime(), "its own source time kept");
		assertEquals(4.5, values.get(0).value().value());
	}

	private static List<Double> history(ValueStore store, Signal signal) {
		return store.history(signal).stream().map(v -> (Double) v.value()).toList();
	}

	private static Recording recording(Path file) throws Exception {
		return Recording.read(file);
	}

	/** Values 0..count-1 of {@code signal}, one a second from T0. */
	private static void writeSynthetic(Path file, Signal signal, int count) throws Exception {
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ZERO, clock)) {
			for (int i = 0; i < count; i++) {
				clock.set(T0.plusSeconds(i));
				recorder.valuesChanged(List.of(new ValueChange(signal,
						new SignalValue((double) i, 0, "Good", clock.instant(), clock.instant()))));
			}
		}
	}

	private static double value(ValueStore store, Signal signal) {
		return store.latest(signal).map(v -> (Double) v.value()).orElse(-1.0);
	}

	private static Signal signal(String tag) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(tag);
		return signal;
	}
}
