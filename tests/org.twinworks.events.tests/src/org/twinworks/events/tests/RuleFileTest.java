// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.twinworks.events.tests.RuleTestPlant.GOOD;
import static org.twinworks.events.tests.RuleTestPlant.at;
import static org.twinworks.events.tests.RuleTestPlant.ticks;
import static org.twinworks.events.tests.RuleTestPlant.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.Detector;
import org.twinworks.events.Severity;
import org.twinworks.events.rules.RuleDefinition;
import org.twinworks.events.rules.RuleDetector;
import org.twinworks.events.rules.RuleFile;
import org.twinworks.events.rules.RuleFileException;
import org.twinworks.model.EventRule;

class RuleFileTest {
	@TempDir
	Path dir;

	private final RuleTestPlant p = new RuleTestPlant();

	private Path write(String text) throws IOException {
		return Files.writeString(dir.resolve("plant.rules"), text);
	}

	@Test
	void readsRulesForAnEquipmentAndForATypeIntoTheSameDetectors() throws IOException {
		Path file = write("""
				# rules beside the plant
				rule HIGH-LEVEL
				  equipment TK-1
				  when LEVEL > 90
				  until LEVEL < 85
				  for 1.5 s
				  severity high
				  description Tank nearly full

				rule NO-RUN
				  type Pump
				  when CMD and not RUN
				  for 500 ms
				""");
		RuleFile rules = RuleFile.load(file);
		assertEquals(List.of(
				new RuleDefinition("HIGH-LEVEL", Severity.HIGH, "LEVEL > 90", "LEVEL < 85", Duration.ofMillis(1500),
						"Tank nearly full"),
				new RuleDefinition("NO-RUN", Severity.MEDIUM, "CMD and not RUN", null, Duration.ofMillis(500), "")),
				rules.rules());
		List<Detector> detectors = rules.detectorsFor(p.plant);
		assertEquals(4, detectors.size(), "the tank's rule and the type rule on three pumps");
		RuleDetector tank = (RuleDetector) detectors.get(0);
		RuleTestSink sink = new RuleTestSink();
		value(tank, p.level, 95.0, GOOD, 1, sink);
		ticks(tank, 1, 3, sink);
		assertEquals(at(2.5), sink.opened.get(0).start());
		value(tank, p.level, 88.0, GOOD, 4, sink);
		assertEquals(List.of(), sink.closed, "closes on its end condition, not when the condition turns false");
		value(tank, p.level, 84.0, GOOD, 5, sink);
		assertEquals(at(5), sink.closed.get(0).end());
	}

	@Test
	void syntaxErrorsNameFileLineAndColumnAllAtOnce() throws IOException {
		Path file = write("""
				severity high
				rule A
				  equipment TK-1
				  when LEVEL > > 90
				  for 2 seconds
				  colour red
				rule B
				  when LEVEL > 1
				  severity urgent
				rule C
				  type Pump
				  equipment TK-1
				  when RUN
				""");
		RuleFileException e = assertThrows(RuleFileException.class, () -> RuleFile.load(file));
		assertEquals(List.of(file + ":1:1: 'severity' outside a rule: start each rule with rule NAME",
				file + ":4:16: expected a signal but found '>'",
				file + ":5:7: '2 seconds' is no duration: write a number and ms, s, min or h, e.g. 2 s",
				file + ":6:3: unknown key 'colour': rules have equipment or type, when, until, for, severity and "
						+ "description",
				file + ":9:12: 'urgent' is no severity: write info, low, medium, high or critical",
				file + ":7:1: rule B has no scope: add equipment TAG or type NAME",
				file + ":12:3: rule C has a second scope: give either one equipment or one type"), e.problems());
	}

	@Test
	void unknownEquipmentTypesAndSignalsAreFoundOnThePlantWithTheirPlace() throws IOException {
		Path file = write("""
				rule A
				  equipment TK-9
				  when LEVEL > 1
				rule B
				  type Valve
				  when OPEN
				rule C
				  equipment TK-1
				  when LEVEL > 1 and FLOW < 2
				rule D
				  type Pump
				  when RUN
				  until STOPPED
				""");
		RuleFile rules = RuleFile.load(file);
		RuleFileException e = assertThrows(RuleFileException.class, () -> rules.detectorsFor(p.plant));
		assertEquals(List.of(file + ":2:13: no equipment of the plant has the tag TK-9",
				file + ":5:8: the plant has no equipment type named Valve",
				file + ":9:22: rule C on TK-1: its condition 'LEVEL > 1 and FLOW < 2' at column 15: FLOW is no signal "
						+ "of TK-1",
				file + ":13:9: rule D on P-1: its end condition 'STOPPED' at column 1: STOPPED is no signal of P-1"),
				e.problems());
	}
	@Test
	void aRuleNameGivenTwiceOnOneScopeNamesBothLines() throws IOException {
		Path file = write("""
				rule HIGH
				  equipment TK-1
				  when LEVEL > 90
				rule HIGH
				  type Pump
				  when RUN
				rule HIGH
				  equipment TK-1
				  when LEVEL > 95
				""");
		RuleFileException e = assertThrows(RuleFileException.class, () -> RuleFile.load(file));
		assertEquals(List.of(file + ":7:1: rule HIGH on equipment TK-1 is already defined at line 1: give one of them "
				+ "another name"), e.problems(), "the same name on another scope is read");
	}

	@Test
	void twoRulesMakingFramesOfOneSourceOnOneEquipmentAreFoundOnThePlant() throws IOException {
		EventRule modelRule = RuleTestPlant.F.createEventRule();
		modelRule.setTag("LEVEL-HIGH");
		modelRule.setCondition("LEVEL > 80");
		p.tank.getEventRules().add(modelRule);
		Path file = write("""
				rule NO-RUN
				  type Pump
				  when CMD and not RUN
				rule NO-RUN
				  equipment P-2
				  when CMD
				rule LEVEL-HIGH
				  equipment TK-1
				  when LEVEL > 90
				rule RUNS
				  equipment P-1
				  when RUN
				""");
		RuleFile rules = RuleFile.load(file);
		RuleFileException e = assertThrows(RuleFileException.class, () -> rules.detectorsFor(p.plant));
		assertEquals(List.of(
				file + ":4:1: rule NO-RUN on P-2 has the name of rule at " + file + ":1: both would make frames of "
						+ "that source on it; give one of them another name",
				file + ":7:1: rule LEVEL-HIGH on TK-1 has the name of the model's rule Area/TK-1/LEVEL-HIGH: both "
						+ "would make frames of that source on it; give one of them another name"),
				e.problems());
	}
}
