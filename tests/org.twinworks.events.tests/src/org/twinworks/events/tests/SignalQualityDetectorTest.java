// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.EngineFixtures.T0;
import static org.twinworks.events.tests.EngineFixtures.bad;
import static org.twinworks.events.tests.EngineFixtures.good;
import static org.twinworks.events.tests.EngineFixtures.signal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.events.tests.EngineFixtures.Heard;
import org.twinworks.model.Signal;

class SignalQualityDetectorTest {
	private final Signal level = signal("LT-1");
	private final Signal flow = signal("FT-1");
	private final Heard heard = new Heard();
	private final EventEngine engine = new EventEngine(List.of(new SignalQualityDetector(level, Duration.ofSeconds(5))),
			EngineSettings.DEFAULT);

	SignalQualityDetectorTest() {
		engine.addListener(heard);
	}

	@Test
	void opensWhenBadForTheThresholdEvenWithoutNewValuesAndClosesWhenGoodAgain() {
		engine.process(level, good(3.5, T0), T0);
		engine.process(level, bad(T0.plusSeconds(1)), T0.plusSeconds(1));
		// only another signal's values carry time on
		for (int i = 1; i <= 12; i++) {
			engine.process(flow, good(i, T0.plusMillis(500 * i)), T0.plusMillis(500 * i));
		}
		assertEquals(List.of("open 1 signal.bad"), heard.lines, "open once the threshold is over (at 6 s)");
		EventFrame opened = heard.frames.get(0);
		assertEquals(T0.plusSeconds(1), opened.start(), "the frame starts when the signal went bad");
		assertEquals(Severity.MEDIUM, opened.severity());
		assertEquals("LT-1", opened.equipment().getTag());
		assertEquals(Map.of("LT-1.PV", "Bad_NoCommunication"), opened.atStart());
		engine.process(level, good(3.4, T0.plusSeconds(8)), T0.plusSeconds(8));
		assertEquals(List.of("open 1 signal.bad", "close 1 signal.bad"), heard.lines);
		assertEquals(T0.plusSeconds(8), heard.frames.get(1).end());
		assertEquals(Map.of("LT-1.PV", 3.4), heard.frames.get(1).atEnd());
	}

	@Test
	void opensExactlyAtTheTickThatReachesTheThreshold() {
		engine.process(level, bad(T0), T0);
		engine.advanceTo(T0.plusMillis(4_950));
		assertTrue(heard.lines.isEmpty(), heard.lines.toString());
		engine.advanceTo(T0.plusMillis(5_000));
		assertEquals(List.of("open 1 signal.bad"), heard.lines);
	}

	@Test
	void oneDetectorWatchesManySignalsAndOpensAFrameForEachInTheOrderTheyWentBad() {
		Signal other = signal("LT-2");
		EventEngine many = new EventEngine(
				List.of(new SignalQualityDetector(List.of(level, other, flow), Duration.ofSeconds(5))),
				EngineSettings.DEFAULT);
		Heard seen = new Heard();
		many.addListener(seen);
		many.process(other, bad(T0), T0);
		many.process(level, bad(T0.plusMillis(20)), T0.plusMillis(20));
		many.process(flow, good(1, T0.plusMillis(30)), T0.plusMillis(30));
		many.advanceTo(T0.plusSeconds(6));
		assertEquals(List.of("LT-2", "LT-1"), seen.frames.stream().map(f -> f.equipment().getTag()).toList(),
				"both open at the 5.1 s tick, the first to go bad first");
		many.process(other, good(2, T0.plusSeconds(7)), T0.plusSeconds(7));
		assertEquals(1, many.openFrames().size());
		assertEquals("LT-1", many.openFrames().get(0).equipment().getTag());
		many.process(other, bad(T0.plusSeconds(8)), T0.plusSeconds(8));
		many.advanceTo(T0.plusSeconds(13));
		assertEquals(2, many.openFrames().size(), "bad again for 5 s: a new frame");
		assertEquals(T0.plusSeconds(8), many.openFrames().get(1).start());
	}

	@Test
	void aShortBadSpellOpensNothing() {
		engine.process(level, bad(T0), T0);
		engine.process(level, good(1, T0.plusSeconds(4)), T0.plusSeconds(4));
		engine.process(level, bad(T0.plusSeconds(5)), T0.plusSeconds(5));
		engine.advanceTo(T0.plusSeconds(9));
		assertTrue(heard.lines.isEmpty(), "bad 4 s, good, bad again 4 s: never 5 s in a row " + heard.lines);
		engine.advanceTo(T0.plusSeconds(10));
		assertEquals(List.of("open 1 signal.bad"), heard.lines);
		assertEquals(T0.plusSeconds(5), heard.frames.get(0).start());
	}
}
