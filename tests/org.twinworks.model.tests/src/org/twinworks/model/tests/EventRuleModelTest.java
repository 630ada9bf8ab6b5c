// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.EventSeverity;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.rules.expr.SignalLookup;
import org.twinworks.model.types.EquipmentTypes;
import org.twinworks.model.validation.ValidationProblem;

/** Event rules in the model: validation names rule, expression, column and signal; files keep them. */
class EventRuleModelTest {
	private final Models m = new Models();

	@TempDir
	Path dir;

	private EventRule rule(String condition) {
		EventRule rule = Models.F.createEventRule();
		rule.setName("High level");
		rule.setTag("HIGH-LEVEL");
		rule.setCondition(condition);
		m.tank.getEventRules().add(rule);
		return rule;
	}

	@Test
	void aRuleOverTheEquipmentsSignalsIsValid() {
		EventRule rule = rule("LT-1.PV > 9 and not quality(LT-1.PV) == bad");
		rule.setEndCondition("LT-1.PV < 8");
		rule.setForDuration(2000);
		assertEquals(EventSeverity.MEDIUM, rule.getSeverity(), "the default severity");
		assertEquals(List.of(), m.errors());
	}

	@Test
	void signalsAreFoundByThePartAfterTheEquipmentTagByTemplateAndByFullTag() {
		Signal pv = m.level;
		pv.setTag("TK-1.LEVEL");
		Equipment other = Models.F.createEquipment();
		other.setTag("TK-2");
		Signal otherLevel = Models.F.createSignal();
		otherLevel.setTag("TK-2.LEVEL");
		other.getSignals().add(otherLevel);
		m.area.getEquipment().add(other);
		SignalLookup lookup = new SignalLookup(m.plant);
		assertSame(pv, lookup.find(m.tank, "LEVEL"));
		assertSame(pv, lookup.find(m.tank, "TK-1.LEVEL"));
		assertSame(otherLevel, lookup.find(m.tank, "TK-2.LEVEL"), "a full plant tag reaches other equipment");
		assertEquals(null, lookup.find(m.tank, "FLOW"));
	}

	@Test
	void aParseErrorNamesTheRuleTheExpressionAndTheColumn() {
		rule("LT-1.PV > > 9");
		ValidationProblem problem = single();
		assertTrue(
				problem.message()
						.startsWith("Event rule HIGH-LEVEL at Area/TK-1/HIGH-LEVEL: its condition "
								+ "'LT-1.PV > > 9' does not parse at column 11: expected a signal but found '>'."),
				problem.message());
		assertEquals("Area/TK-1/HIGH-LEVEL", problem.path());
	}

	@Test
	void anUnknownSignalIsNamedWithItsColumn() {
		EventRule rule = rule("LT-1.PV > 9");
		rule.setEndCondition("LT-1.PV < 8 or FLOW < 1");
		ValidationProblem problem = single();
		assertTrue(problem.message().contains("its end condition 'LT-1.PV < 8 or FLOW < 1' names FLOW at column 16, "
				+ "which is no signal of TK-1. Name a signal by the part of its tag after TK-1. or by its full tag."),
				problem.message());
		rule.setEndCondition(null);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void aRuleNeedsAConditionAndANonNegativeDuration() {
		EventRule rule = rule(" ");
		assertTrue(single().message().contains("it has no condition"));
		rule.setCondition("LT-1.PV > 9");
		rule.setForDuration(-1);
		assertTrue(single().message().contains("its duration -1 ms is negative"));
	}

	@Test
	void aTypeRuleNamesTheTypesSignalTemplates() {
		EquipmentType pumps = Models.F.createEquipmentType();
		pumps.setName("Pump");
		Signal run = Models.F.createSignal();
		run.setTag("RUN");
		run.setDataType(SignalDataType.BOOLEAN);
		pumps.getSignals().add(run);
		m.plant.getEquipmentTypes().add(pumps);
		EventRule rule = Models.F.createEventRule();
		rule.setName("Stopped");
		rule.setCondition("not RUN and LT-1.PV > 5");
		pumps.getEventRules().add(rule);
		assertEquals(List.of(), m.errors());
		rule.setCondition("not RUNNING");
		assertTrue(single().message().contains("names RUNNING at column 5, which is no signal of Pump. Name one "
				+ "of the type's signal templates by its tag"), m.errors().toString());
		rule.setCondition("RUN");
		Equipment pump = EquipmentTypes.instantiate(pumps, "P-1", "Pump 1");
		m.area.getEquipment().add(pump);
		assertSame(pump.getSignals().get(0), new SignalLookup(m.plant).find(pump, "RUN"));
	}

	@Test
	void aTagGivenTwiceOnOneEquipmentOrByItsTypeNamesBothRules() {
		EventRule first = rule("LT-1.PV > 9");
		EventRule second = rule("LT-1.PV > 8");
		List<ValidationProblem> errors = m.errors();
		assertEquals(2, errors.size(), "each of the two is flagged: " + errors);
		assertTrue(errors.get(0).message().contains("its tag HIGH-LEVEL is also that of Event rule HIGH-LEVEL at "
				+ "Area/TK-1/HIGH-LEVEL. Give one of them another tag."), errors.get(0).message());
		second.setTag(null);
		second.setName("HIGH-LEVEL");
		assertEquals(2, m.errors().size(), "an untagged rule goes by its name");
		second.setName("Very high level");
		assertEquals(List.of(), m.errors(), "different tags");

		EquipmentType tanks = Models.F.createEquipmentType();
		tanks.setName("Tank");
		m.plant.getEquipmentTypes().add(tanks);
		EventRule typeRule = Models.F.createEventRule();
		typeRule.setTag("HIGH-LEVEL");
		typeRule.setCondition("LT-1.PV > 7");
		tanks.getEventRules().add(typeRule);
		assertEquals(List.of(), m.errors(), "a type rule of a type the tank is not of");
		m.tank.setType(tanks);
		ValidationProblem clash = single();
		assertTrue(clash.message().contains("its tag HIGH-LEVEL is also that of Event rule HIGH-LEVEL at "
				+ "Tank/HIGH-LEVEL, which every instance of the type runs."), clash.message());
		assertEquals(first, clash.element());
	}

	@Test
	void rulesSurviveASaveAndLoadAndAPlantWithoutRulesSavesAsBefore() throws IOException {
		Path without = dir.resolve("without.twin");
		PlantFiles.save(m.resource, without);
		assertFalse(Files.readString(without).contains("eventRules"), "no rules, nothing written");
		EventRule rule = rule("LT-1.PV > 9");
		rule.setEndCondition("LT-1.PV < 8");
		rule.setForDuration(2500);
		rule.setSeverity(EventSeverity.CRITICAL);
		rule.setDescription("Tank about to overflow");
		Path file = dir.resolve("plant.twin");
		assertEquals(List.of(), PlantFiles.save(m.resource, file));
		LoadedPlant loaded = PlantFiles.load(file);
		assertEquals(List.of(), loaded.problems());
		Plant plant = loaded.plant();
		EventRule read = plant.getAreas().get(0).getEquipment().get(0).getEventRules().get(0);
		assertEquals("HIGH-LEVEL", read.getTag());
		assertEquals("LT-1.PV > 9", read.getCondition());
		assertEquals("LT-1.PV < 8", read.getEndCondition());
		assertEquals(2500, read.getForDuration());
		assertEquals(EventSeverity.CRITICAL, read.getSeverity());
		assertEquals("Tank about to overflow", read.getDescription());
		assertArrayEquals(Files.readAllBytes(file), PlantFiles.bytes(loaded.resource()));
	}

	private ValidationProblem single() {
		List<ValidationProblem> errors = m.errors();
		assertEquals(1, errors.size(), "expected exactly one error, got " + errors);
		return errors.get(0);
	}
}
