// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.rules.RuleDetectorProvider;
import org.twinworks.live.LiveSession;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Equipment;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.sim.Fault;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * A level rule of the demo plant against the real virtual plant on 127.0.0.1: quiet while the level is controlled,
 * opened one second after a drifting transmitter crossed its limit, closed once the drift is cleared. The test reads
 * the value over OPC UA every 50 ms and plays the engine: values in source-time order, ticks at the latest time.
 */
class RuleOnVirtualPlantTest {
	private static final String LEVEL = "LT-101.PV";

	@TempDir
	static Path directory;

	private static TestPlant served;
	private static LiveSession session;
	private static Plant plant;

	private final RuleTestSink sink = new RuleTestSink();
	private Instant lastTime = Instant.EPOCH;
	private Instant firstAbove;

	@BeforeAll
	static void startPlant() throws Exception {
		LiveClient client = new LiveClient(directory);
		served = TestPlant.in(directory).trustClientOf(client.pki())
				.configure(config -> config.tickInterval(Duration.ofMillis(50)));
		served.start();
		client.trust(served.sim());
		plant = client.demoPlant("client", served.sim());
		session = client.connect(plant, event -> {
		});
	}

	@AfterAll
	static void stopPlant() {
		if (session != null) {
			session.close();
		}
		if (served != null) {
			served.close();
		}
	}

	@Test
	void aDriftingLevelTransmitterOpensTheTanksHighLevelFrameAfterItsDurationAndClosesWhenCleared() throws Exception {
		Equipment tank = equipment("TK-101");
		EventRule rule = RuleTestPlant.F.createEventRule();
		rule.setName("Raw water tank high");
		rule.setCondition(LEVEL + " > 4.8");
		rule.setEndCondition(LEVEL + " < 4");
		rule.setForDuration(1000);
		tank.getEventRules().add(rule);
		RuleDetectorProvider provider = new RuleDetectorProvider();
		List<Detector> detectors = provider.detectorsFor(plant);
		assertEquals(List.of(), provider.problems());
		assertEquals(1, detectors.size());
		Detector detector = detectors.get(0);
		Signal level = detector.watched().iterator().next();
		assertEquals(LEVEL, level.getTag());

		poll(detector, level, () -> false, Duration.ofSeconds(1));
		assertEquals(List.of(), sink.opened, "the controlled level stays below 4.8");
		served.sim().inject(LEVEL, Fault.drift(1.0));
		try {
			assertTrue(poll(detector, level, () -> !sink.opened.isEmpty(), Duration.ofSeconds(15)),
					"no frame opened; first above 4.8 at " + firstAbove);
		} finally {
			served.sim().clear(LEVEL);
		}
		EventFrame frame = sink.opened.get(0);
		assertSame(tank, frame.equipment());
		assertEquals(firstAbove.plusSeconds(1), frame.start(), "one second after the first value above 4.8");
		assertTrue(((Double) frame.atStart().get(LEVEL)) > 4.8, frame.atStart().toString());
		assertTrue(poll(detector, level, () -> !sink.closed.isEmpty(), Duration.ofSeconds(15)), "not closed");
		assertTrue(((Double) sink.closed.get(0).atEnd().get(LEVEL)) < 4, sink.closed.get(0).atEnd().toString());
		assertTrue(sink.closed.get(0).end().isAfter(frame.start()));
	}

	/** Reads the level every 50 ms, feeding new values and ticks, until {@code done} or the time is up. */
	private boolean poll(Detector detector, Signal level, BooleanSupplier done, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			SignalValue value = session.read("nsu=" + DemoPlant.NAMESPACE_URI + ";s=" + LEVEL);
			Instant time = value.sourceTime() != null ? value.sourceTime() : value.serverTime();
			if (time != null && time.isAfter(lastTime)) {
				lastTime = time;
				if (firstAbove == null && value.value() instanceof Double d && d > 4.8) {
					firstAbove = time;
				}
				detector.onValue(level, value, time, sink);
			}
			detector.onTime(lastTime, sink);
			if (done.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private static Equipment equipment(String tag) {
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Equipment e && tag.equals(e.getTag())) {
				return e;
			}
		}
		throw new AssertionError(tag);
	}
}
