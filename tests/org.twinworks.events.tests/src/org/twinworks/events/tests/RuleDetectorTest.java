// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.RuleTestPlant.BAD;
import static org.twinworks.events.tests.RuleTestPlant.GOOD;
import static org.twinworks.events.tests.RuleTestPlant.UNCERTAIN;
import static org.twinworks.events.tests.RuleTestPlant.at;
import static org.twinworks.events.tests.RuleTestPlant.ticks;
import static org.twinworks.events.tests.RuleTestPlant.value;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.rules.RuleDefinition;
import org.twinworks.events.rules.RuleDetector;
import org.twinworks.events.rules.RuleDetectorProvider;
import org.twinworks.events.rules.RuleException;
import org.twinworks.model.Equipment;
import org.twinworks.model.EventRule;
import org.twinworks.model.EventSeverity;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.expr.SignalLookup;

/** Rule detectors driven with hand-made timed values and engine ticks, as the engine would call them. */
class RuleDetectorTest {
	private final RuleTestPlant p = new RuleTestPlant();
	private final RuleTestSink sink = new RuleTestSink();

	private RuleDetector detector(String condition, String end, long forMillis) throws RuleException {
		return RuleDetector.create(new RuleDefinition("HIGH-LEVEL", Severity.HIGH, condition, end,
				Duration.ofMillis(forMillis), "Tank nearly full"), p.tank, new SignalLookup(p.plant));
	}

	@Test
	void aRuleWithTwoSecondsOpensExactlyTwoSecondsAfterTheConditionTurnedTrueAndClosesWhenItTurnsFalse()
			throws RuleException {
		RuleDetector d = detector("LEVEL > 90", null, 2000);
		assertEquals(Set.of(p.level), d.watched());
		value(d, p.level, 50.0, GOOD, 0, sink);
		ticks(d, 0, 1, sink);
		value(d, p.level, 95.0, GOOD, 1, sink);
		ticks(d, 1, 2.95, sink);
		assertEquals(List.of(), sink.opened, "not before 3 s");
		ticks(d, 2.95, 3.05, sink);
		assertEquals(1, sink.opened.size(), "opened on the first tick at or after 3 s, without a new value");
		EventFrame frame = sink.opened.get(0);
		assertEquals(at(3), frame.start(), "the frame starts exactly at true-since + 2 s");
		assertEquals("HIGH-LEVEL", frame.source());
		assertEquals(Severity.HIGH, frame.severity());
		assertSame(p.tank, frame.equipment());
		assertEquals("HIGH-LEVEL on TK-1: Tank nearly full", frame.message());
		assertEquals(Map.of("TK-1.LEVEL", 95.0), frame.atStart());
		value(d, p.level, 97.0, GOOD, 4, sink);
		ticks(d, 4, 5.2, sink);
		assertEquals(List.of(), sink.closed);
		value(d, p.level, 80.0, GOOD, 5.25, sink);
		assertEquals(1, sink.closed.size());
		EventFrame closed = sink.closed.get(0);
		assertEquals(frame.id(), closed.id());
		assertEquals(at(3), closed.start());
		assertEquals(at(5.25), closed.end());
		assertEquals(Map.of("TK-1.LEVEL", 80.0), closed.atEnd());
		assertNull(d.openFrame());
	}

	@Test
	void aConditionThatFlickersShorterThanTheDurationOpensNothing() throws RuleException {
		RuleDetector d = detector("LEVEL > 90", null, 2000);
		value(d, p.level, 95.0, GOOD, 1, sink);
		ticks(d, 1, 2.5, sink);
		value(d, p.level, 85.0, GOOD, 2.9, sink);
		value(d, p.level, 95.0, GOOD, 3.0, sink);
		ticks(d, 3, 4.9, sink);
		value(d, p.level, 85.0, GOOD, 4.99, sink);
		ticks(d, 4.99, 8, sink);
		assertEquals(List.of(), sink.opened, "true for 1.9 s and 1.99 s: never 2 s");
		value(d, p.level, 91.0, GOOD, 8, sink);
		ticks(d, 8, 10.5, sink);
		assertEquals(1, sink.opened.size());
		assertEquals(at(10), sink.opened.get(0).start(), "the duration counts from the last time it turned true");
	}

	@Test
	void anEndConditionClosesTheFrameAndTheConditionMustTurnFalseBeforeTheNextOne() throws RuleException {
		RuleDetector d = detector("LEVEL > 90", "HIGH", 0);
		value(d, p.level, 95.0, GOOD, 1, sink);
		assertEquals(at(1), sink.opened.get(0).start(), "no duration: opens on the value");
		value(d, p.level, 50.0, GOOD, 2, sink);
		assertEquals(List.of(), sink.closed, "the condition turning false does not close it: the end condition does");
		value(d, p.high, true, GOOD, 3, sink);
		assertEquals(at(3), sink.closed.get(0).end());
		assertEquals(Map.of("TK-1.LEVEL", 50.0, "TK-1.HIGH", true), sink.closed.get(0).atEnd());
		value(d, p.level, 96.0, GOOD, 4, sink);
		value(d, p.high, false, GOOD, 4.5, sink);
		assertEquals(2, sink.opened.size(), "re-armed: the condition was false after the first frame");
		value(d, p.high, true, GOOD, 5, sink);
		assertEquals(2, sink.closed.size());
		ticks(d, 5, 8, sink);
		value(d, p.high, false, GOOD, 8, sink);
		assertEquals(2, sink.opened.size(), "still true since before the close: no new frame until it turns false");
		value(d, p.level, 50.0, GOOD, 9, sink);
		value(d, p.level, 95.0, GOOD, 10, sink);
		assertEquals(3, sink.opened.size());
	}

	@Test
	void rateIsUnitsPerSecondOverTheLastTwoValues() throws RuleException {
		RuleDetector d = detector("rate(LEVEL) > 1", null, 0);
		value(d, p.level, 10.0, GOOD, 0, sink);
		value(d, p.level, 11.0, GOOD, 1, sink);
		assertEquals(List.of(), sink.opened, "1 per second is not above 1");
		value(d, p.level, 12.0, GOOD, 1.5, sink);
		assertEquals(at(1.5), sink.opened.get(0).start(), "1 in 0.5 s is 2 per second");
		value(d, p.level, 12.5, GOOD, 2.5, sink);
		assertEquals(at(2.5), sink.closed.get(0).end());
		value(d, p.level, 20.0, BAD, 3, sink);
		value(d, p.level, 30.0, GOOD, 3.5, sink);
		assertEquals(1, sink.opened.size(), "no rate across a Bad value");
		value(d, p.level, 31.0, GOOD, 4, sink);
		assertEquals(2, sink.opened.size());
	}

	@Test
	void badQualityMakesAComparisonFalseAndQualityTestsSeeIt() throws RuleException {
		RuleDetector high = detector("LEVEL > 90", null, 0);
		value(high, p.level, 95.0, BAD, 1, sink);
		assertEquals(List.of(), sink.opened, "a Bad value is no value to compare");
		value(high, p.level, 95.0, UNCERTAIN, 2, sink);
		assertEquals(1, sink.opened.size(), "an Uncertain value still counts");

		RuleTestSink qualitySink = new RuleTestSink();
		RuleDetector bad = detector("quality(LEVEL) == bad", null, 500);
		value(bad, p.level, 0.0, GOOD, 0, qualitySink);
		value(bad, p.level, 0.0, BAD, 1, qualitySink);
		ticks(bad, 1, 2, qualitySink);
		assertEquals(at(1.5), qualitySink.opened.get(0).start());
		value(bad, p.level, 40.0, GOOD, 3, qualitySink);
		assertEquals(at(3), qualitySink.closed.get(0).end());
		RuleDetector notGood = detector("not good(LEVEL) or LEVEL in [0, 10]", null, 0);
		value(notGood, p.level, 5.0, GOOD, 4, qualitySink);
		assertEquals(2, qualitySink.opened.size());
		value(notGood, p.level, 50.0, UNCERTAIN, 5, qualitySink);
		assertEquals(2, qualitySink.opened.size(), "uncertain is not good: stays open");
		value(notGood, p.level, 50.0, GOOD, 6, qualitySink);
		assertEquals(at(6), qualitySink.closed.get(1).end());
	}

	@Test
	void aTypeRuleRunsOnEveryInstanceWithItsOwnSignals() {
		EventRule rule = RuleTestPlant.F.createEventRule();
		rule.setName("Feedback missing");
		rule.setTag("NO-RUN");
		rule.setSeverity(EventSeverity.CRITICAL);
		rule.setCondition("CMD and not RUN");
		rule.setForDuration(5000);
		p.pumpType.getEventRules().add(rule);
		p.rule(p.tank, "High", "LEVEL > 90");
		RuleDetectorProvider provider = new RuleDetectorProvider();
		List<Detector> detectors = provider.detectorsFor(p.plant);
		assertEquals(List.of(), provider.problems());
		assertEquals(4, detectors.size(), "one tank rule, and the type rule on each of three pumps");
		for (Equipment pump : p.pumps) {
			Detector d = detectors.stream().filter(x -> ((RuleDetector) x).equipment() == pump).findFirst()
					.orElseThrow();
			assertEquals(Set.of(RuleTestPlant.signalOf(pump, "RUN"), RuleTestPlant.signalOf(pump, "CMD")), d.watched());
		}
		Equipment p2 = p.pumps.get(1);
		Detector d2 = detectors.stream().filter(x -> ((RuleDetector) x).equipment() == p2).findFirst().orElseThrow();
		Signal cmd = RuleTestPlant.signalOf(p2, "CMD");
		Signal run = RuleTestPlant.signalOf(p2, "RUN");
		value(d2, run, false, GOOD, 0, sink);
		value(d2, cmd, true, GOOD, 1, sink);
		ticks(d2, 1, 7, sink);
		assertEquals(1, sink.opened.size());
		assertSame(p2, sink.opened.get(0).equipment());
		assertEquals(Severity.CRITICAL, sink.opened.get(0).severity());
		assertEquals(at(6), sink.opened.get(0).start());
		assertEquals("NO-RUN on P-2: CMD and not RUN", sink.opened.get(0).message());
	}

	@Test
	void aRuleThatCannotBeSetUpIsLeftOutAndSaysWhy() {
		p.rule(p.tank, "Typo", "LEVLE > 90");
		p.rule(p.tank, "High", "LEVEL > 90");
		RuleDetectorProvider provider = new RuleDetectorProvider();
		assertEquals(1, provider.detectorsFor(p.plant).size());
		assertEquals(List.of("rule Typo on TK-1: its condition 'LEVLE > 90' at column 1: LEVLE is no signal of TK-1"),
				provider.problems());
		RuleException e = assertThrows(RuleException.class, () -> detector("LEVEL > 90", "LEVEL <", 0));
		assertTrue(e.inEndCondition());
		assertEquals(8, e.column());
	}
}
