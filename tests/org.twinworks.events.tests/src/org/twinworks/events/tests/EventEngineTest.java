// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.EngineFixtures.T0;
import static org.twinworks.events.tests.EngineFixtures.good;
import static org.twinworks.events.tests.EngineFixtures.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.tests.EngineFixtures.Heard;
import org.twinworks.events.tests.EngineFixtures.Spy;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

class EventEngineTest {
	private final Signal a = signal("A");
	private final Signal b = signal("B");
	private final Signal c = signal("C");

	@Test
	void routesEachValueOnlyToTheDetectorsWatchingItsSignal() {
		Spy onA = new Spy(a);
		Spy onAandB = new Spy(a, b);
		EventEngine engine = new EventEngine(List.of(onA, onAandB), EngineSettings.DEFAULT);
		engine.process(a, good(1, T0), T0);
		engine.process(b, good(2, T0), T0);
		engine.process(c, good(3, T0), T0);
		assertEquals(List.of("value A.PV " + T0), onA.calls);
		assertEquals(List.of("value A.PV " + T0, "value B.PV " + T0), onAandB.calls);
		assertEquals(2, engine.watchedSignals());
		assertEquals(3, engine.processed(), "a value no detector watches is processed (and ignored) too");
	}

	@Test
	void timeIsTheSourceTimeElseTheArrivalAndNeverGoesBack() {
		Spy spy = new Spy(a, b);
		EventEngine engine = new EventEngine(List.of(spy), EngineSettings.DEFAULT);
		Instant arrival = T0.plusMillis(30);
		engine.process(a, good(1, T0.plusMillis(20)), arrival);
		// B's value was sampled earlier but arrived later (another server queue): it is given the time already seen
		engine.process(b, good(2, T0.plusMillis(10)), arrival);
		engine.process(a, EngineFixtures.unstamped(3), T0.plusMillis(50));
		assertEquals(List.of("value A.PV " + T0.plusMillis(20), "value B.PV " + T0.plusMillis(20),
				"value A.PV " + T0.plusMillis(50)), spy.calls);
	}

	@Test
	void callsOnTimeAtEveryTickBoundaryDataTimeCrosses() {
		Spy spy = new Spy(a);
		EventEngine engine = new EventEngine(List.of(spy), EngineSettings.DEFAULT);
		engine.process(a, good(1, T0.plusMillis(50)), T0);
		engine.process(a, good(1, T0.plusMillis(350)), T0);
		assertEquals(List.of(T0.plusMillis(100), T0.plusMillis(200), T0.plusMillis(300)), spy.ticks);
		engine.advanceTo(T0.plusMillis(520));
		assertEquals(List.of(T0.plusMillis(100), T0.plusMillis(200), T0.plusMillis(300), T0.plusMillis(400),
				T0.plusMillis(500)), spy.ticks);
		// a long gap (an hour without values) is crossed with one tick at its end, not 36,000
		engine.advanceTo(T0.plusSeconds(3600).plusMillis(520));
		assertEquals(6, spy.ticks.size());
		assertEquals(T0.plusSeconds(3600).plusMillis(500), spy.ticks.get(5));
	}

	@Test
	void ticksComeBeforeTheValueThatCarriesTimePastThem() {
		List<String> order = new java.util.ArrayList<>();
		Detector detector = new Spy(a) {
			@Override
			public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
				order.add("value " + time);
			}

			@Override
			public void onTime(Instant now, EventSink sink) {
				order.add("tick " + now);
			}
		};
		EventEngine engine = new EventEngine(List.of(detector), EngineSettings.DEFAULT);
		engine.process(a, good(1, T0.plusMillis(90)), T0);
		engine.process(a, good(2, T0.plusMillis(110)), T0);
		assertEquals(List.of("value " + T0.plusMillis(90), "tick " + T0.plusMillis(100), "value " + T0.plusMillis(110)),
				order);
	}

	@Test
	void numbersFramesKeepsTheOpenOnesAndABoundedListOfClosedOnes() {
		Detector opener = new Spy(a) {
			private EventFrame open;

			@Override
			public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
				if (open == null) {
					open = sink.open("test.high", Severity.HIGH, signal.getEquipment(), "high", time,
							Map.of("A.PV", value.value()));
				} else {
					sink.close(open, time, Map.of("A.PV", value.value()));
					open = null;
				}
			}
		};
		Heard heard = new Heard();
		EventEngine engine = new EventEngine(List.of(opener), new EngineSettings(Duration.ofMillis(100), 10, 2));
		engine.addListener(heard);
		for (int i = 0; i < 7; i++) {
			engine.process(a, good(i, T0.plusSeconds(i)), T0.plusSeconds(i));
		}
		assertEquals(List.of("open 1 test.high", "close 1 test.high", "open 2 test.high", "close 2 test.high",
				"open 3 test.high", "close 3 test.high", "open 4 test.high"), heard.lines);
		assertEquals(1, engine.openFrames().size());
		assertEquals(4, engine.openFrames().get(0).id());
		assertEquals("A", engine.openFrames().get(0).equipment().getTag());
		List<EventFrame> recent = engine.recentFrames();
		assertEquals(List.of(2L, 3L), recent.stream().map(EventFrame::id).toList(), "the last two closed frames");
		assertEquals(T0.plusSeconds(5), recent.get(1).end());
		assertEquals(Map.of("A.PV", 5.0), recent.get(1).atEnd());
	}

	@Test
	void aDetectorThatThrowsIsDisabledAndReportedWhileTheOthersGoOn() {
		Spy healthy = new Spy(a);
		int[] thrown = {0};
		Detector broken = new Spy(a) {
			@Override
			public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
				thrown[0]++;
				throw new IllegalStateException("broken on purpose");
			}
		};
		Heard heard = new Heard();
		EventEngine engine = new EventEngine(List.of(broken, healthy), EngineSettings.DEFAULT);
		engine.addListener(heard);
		engine.process(a, good(1, T0), T0);
		engine.process(a, good(2, T0.plusSeconds(1)), T0.plusSeconds(1));
		assertEquals(1, thrown[0], "disabled after it threw");
		assertEquals(2, healthy.calls.size());
		assertEquals(List.of("open 1 " + EventEngine.DETECTOR_FAILED), heard.lines);
		assertEquals(Severity.HIGH, heard.frames.get(0).severity());
		assertTrue(heard.frames.get(0).message().contains("broken on purpose"), heard.frames.get(0).message());
		assertEquals(1, engine.failures().size());
	}

	@Test
	void closingAFrameThatIsNotOpenDisablesTheDetectorThatTriedIt() {
		Detector twice = new Spy(a) {
			@Override
			public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
				EventFrame frame = sink.open("test", Severity.LOW, null, "x", time, Map.of());
				sink.close(frame, time, Map.of());
				sink.close(frame, time, Map.of());
			}
		};
		Heard heard = new Heard();
		EventEngine engine = new EventEngine(List.of(twice), EngineSettings.DEFAULT);
		engine.addListener(heard);
		engine.process(a, good(1, T0), T0);
		engine.process(a, good(1, T0), T0);
		assertEquals(List.of("open 1 test", "close 1 test", "open 2 " + EventEngine.DETECTOR_FAILED), heard.lines);
	}

	@Test
	void aFullQueueDropsValuesCountsThemAndReportsThemAsAFrame() throws Exception {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Detector slow = new Spy(a) {
			@Override
			public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
				entered.countDown();
				try {
					release.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		};
		Heard heard = new Heard();
		try (EventEngine engine = new EventEngine(List.of(slow), EngineSettings.DEFAULT.withQueueCapacity(2))) {
			engine.addListener(heard);
			engine.start();
			Instant now = Instant.now();
			assertTrue(engine.offer(a, good(0, now), now));
			assertTrue(entered.await(10, TimeUnit.SECONDS));
			int accepted = 0;
			for (int i = 1; i <= 5; i++) {
				if (engine.offer(a, good(i, now), now)) {
					accepted++;
				}
			}
			assertEquals(2, accepted, "the queue holds two values while the engine is busy");
			assertEquals(3, engine.dropped());
			assertEquals(6, engine.received());
			release.countDown();
			await(() -> engine.processed() == 3, "the queued values are processed");
			await(() -> heard.lines.contains("open 1 " + EventEngine.VALUES_DROPPED), "the drops are reported");
			assertEquals(3L, heard.frames.get(0).atStart().get("dropped"));
			await(() -> heard.lines.contains("close 1 " + EventEngine.VALUES_DROPPED),
					"the report closes after a tick without drops");
			assertFalse(engine.openFrames().stream().anyMatch(f -> f.source().equals(EventEngine.VALUES_DROPPED)));
		}
	}

	@Test
	void aStartedEngineTicksOnAQuietPlantFromTheLastValueByTheWallTimeSince() throws Exception {
		Spy spy = new Spy(a);
		try (EventEngine engine = new EventEngine(List.of(spy), EngineSettings.DEFAULT)) {
			engine.start();
			// a value stamped long ago: data time goes on from it, not from the wall clock
			engine.offer(a, good(1, T0), Instant.now());
			await(() -> spy.ticks.size() >= 5, "ticks without new values");
			assertTrue(spy.ticks.get(0).equals(T0.plusMillis(100)), spy.ticks.toString());
			assertTrue(spy.ticks.get(4).isBefore(T0.plusSeconds(10)), spy.ticks.toString());
		}
	}

	static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting: " + what);
			}
			Thread.sleep(10);
		}
	}
}
