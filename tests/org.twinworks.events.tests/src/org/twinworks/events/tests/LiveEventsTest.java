// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.EventEngineTest.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.LiveEventFeed;
import org.twinworks.events.engine.LoggedEvent;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.events.engine.SignalQualityProvider;
import org.twinworks.events.tests.EngineFixtures.Heard;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The virtual plant on 127.0.0.1 with a sensor failure and an offline transmitter injected: the live engine opens
 * {@code signal.bad} after the threshold and closes it once the fault is cleared, and a recording of the same run
 * analysed afterwards finds the same frames.
 */
class LiveEventsTest {
	private static final Duration THRESHOLD = Duration.ofSeconds(2);
	private static final Duration TICK = Duration.ofMillis(100);
	private static final Duration RECORDER_INTERVAL = Duration.ofMillis(100);

	@TempDir
	Path dir;

	@Test
	void aBadSignalOpensAfterTheThresholdClosesWhenClearedAndTheRecordingFindsTheSameFrames() throws Exception {
		LiveClient client = new LiveClient(dir);
		DetectorProvider quality = new SignalQualityProvider(THRESHOLD);
		Path recordingFile = dir.resolve("run.twrec");
		Heard heard = new Heard();
		Map<Long, Long> openedAtWall = new ConcurrentHashMap<>();
		long injectedAt;
		try (TestPlant server = TestPlant.in(dir).trustClientOf(client.pki())) {
			VirtualPlant sim = server.start();
			client.trust(sim);
			Plant plant = client.demoPlant("client", sim);
			Endpoint endpoint = LiveClient.endpointOf(plant, sim);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			try (ValueStore store = new ValueStore(1, 100_000);
					Recorder recorder = new Recorder(recordingFile, endpoint.getUrl(), bindings);
					EventEngine engine = new EventEngine(plant, List.of(quality));
					EventLog log = EventLog.appendingTo(EventLog.besideRecording(recordingFile))) {
				engine.addListener(heard);
				engine.addListener(log);
				engine.addListener(new org.twinworks.events.EventListener() {
					@Override
					public void opened(EventFrame frame) {
						openedAtWall.put(frame.id(), System.nanoTime());
					}

					@Override
					public void closed(EventFrame frame) {
					}
				});
				AutoCloseable recording = store.addListener(recorder, RECORDER_INTERVAL);
				try (LiveEventFeed feed = LiveEventFeed.attach(store, engine);
						LiveSession session = client.connect(plant, event -> {
						})) {
					session.subscribe(bindings, store);
					await(() -> store.snapshot().size() == bindings.size(), "every binding's first value");
					Thread.sleep(500);
					assertTrue(heard.lines.isEmpty(), "a healthy plant: " + heard.lines);
					injectedAt = System.nanoTime();
					sim.inject("LT-101.PV", Fault.badQuality());
					sim.inject("FT-101.PV", Fault.offline());
					await(() -> live(heard, "LT-101").isPresent() && live(heard, "FT-101").isPresent(),
							"signal.bad opens on both");
					for (String tag : List.of("LT-101", "FT-101")) {
						long waited = openedAtWall.get(live(heard, tag).orElseThrow().id()) - injectedAt;
						assertTrue(waited >= THRESHOLD.minusMillis(300).toNanos(),
								tag + " opened after " + waited / 1_000_000 + " ms, before the threshold");
					}
					assertTrue(live(heard, "LT-101").get().isOpen());
					sim.clear("LT-101.PV");
					sim.clear("FT-101.PV");
					await(() -> !live(heard, "LT-101").get().isOpen() && !live(heard, "FT-101").get().isOpen(),
							"signal.bad closes on both once the faults are cleared");
					// the last batch reaches the recorder within one listener interval
					Thread.sleep(400);
				}
				recording.close();
				assertEquals(0, engine.dropped());
				assertTrue(engine.failures().isEmpty(), engine.failures().toString());
			}

			RecordingAnalysis.Result analysed = new RecordingAnalysis(plant, List.of(quality)).analyse(recordingFile);
			assertFalse(analysed.damagedTail());
			assertEquals(0, analysed.unknownTags());
			// the recorded run split across two engines finds exactly the same frames
			RecordingAnalysis.Result split = new RecordingAnalysis(plant, List.of(quality)).partitions(2)
					.analyse(recordingFile);
			assertEquals(analysed.frames(), split.frames());
			assertEquals(analysed.values(), split.values());
			// read as columns from the file, or as objects: the same frames
			assertEquals(new RecordingAnalysis(plant, List.of(quality)).analyse(Recording.read(recordingFile)).frames(),
					analysed.frames());
			List<EventFrame> liveFrames = latest(heard);
			assertEquals(liveFrames.size(), analysed.frames().size(),
					"live " + liveFrames + "\nrecorded " + analysed.frames());
			for (EventFrame seen : liveFrames) {
				EventFrame found = analysed.frames().stream()
						.filter(f -> f.source().equals(seen.source()) && f.equipment() == seen.equipment()).findFirst()
						.orElseThrow(() -> new AssertionError("the recording misses " + seen));
				assertEquals(seen.message(), found.message());
				assertWithinATick(seen.start(), found.start(), "start of " + seen);
				assertFalse(found.isOpen(), found.toString());
				assertWithinATick(seen.end(), found.end(), "end of " + seen);
			}
		}
		List<LoggedEvent> logged = EventLog.read(EventLog.besideRecording(recordingFile));
		assertEquals(4, logged.stream().filter(e -> e.source().equals(SignalQualityDetector.SOURCE)).count(),
				"two opens and two closes beside the recording: " + logged);
	}

	private static Optional<EventFrame> live(Heard heard, String equipment) {
		return latest(heard).stream().filter(f -> f.source().equals(SignalQualityDetector.SOURCE)
				&& f.equipment() != null && equipment.equals(f.equipment().getTag())).findFirst();
	}

	/** Each frame as last heard (closed if it closed). */
	private static List<EventFrame> latest(Heard heard) {
		Map<Long, EventFrame> byId = new java.util.LinkedHashMap<>();
		synchronized (heard.frames) {
			heard.frames.forEach(f -> byId.put(f.id(), f));
		}
		return List.copyOf(byId.values());
	}

	/**
	 * An offline value carries no source time, so it is timed by its arrival, and the feed (every 10 ms) and the
	 * recorder (every 100 ms) are separate listeners that each stamp their own delivery: up to one recorder interval
	 * apart, on top of the engine's tick.
	 */
	private static void assertWithinATick(java.time.Instant expected, java.time.Instant actual, String what) {
		long apart = Math.abs(Duration.between(expected, actual).toMillis());
		assertTrue(apart <= TICK.toMillis() + RECORDER_INTERVAL.toMillis(),
				what + ": live " + expected + ", recorded " + actual);
	}
}
