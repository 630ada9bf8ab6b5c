// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.twinworks.events.tests.builtin.HandMadePlants.analog;
import static org.twinworks.events.tests.builtin.HandMadePlants.area;
import static org.twinworks.events.tests.builtin.HandMadePlants.at;
import static org.twinworks.events.tests.builtin.HandMadePlants.equipment;
import static org.twinworks.events.tests.builtin.HandMadePlants.good;
import static org.twinworks.events.tests.builtin.HandMadePlants.signal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.builtin.FeedbackFollowsCommand;
import org.twinworks.events.builtin.FeedbackFollowsCommandProvider;
import org.twinworks.model.Area;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

class FeedbackFollowsCommandTest {
	private final Plant plant = HandMadePlants.plant("feedback");
	private final Area area = area(plant, "Area");
	private final Equipment pump = equipment(area, "P-1", EquipmentKind.PUMP);
	private final Signal cmd = signal(pump, "CMD", SignalDirection.OUTPUT, SignalDataType.BOOLEAN);
	private final Signal run = signal(pump, "RUN", SignalDirection.INPUT, SignalDataType.BOOLEAN);
	private final Equipment valve = equipment(area, "FCV-1", EquipmentKind.CONTROL_VALVE);
	private final Signal out = analog(valve, "OUT", 0, 100);
	private final Signal pos = analog(valve, "POS", 0, 100);

	@Test
	void thePairsComeFromTheTagsOnOneEquipment() {
		Equipment onOff = equipment(area, "XV-1", EquipmentKind.VALVE);
		Signal open = signal(onOff, "CMD", SignalDirection.OUTPUT, SignalDataType.BOOLEAN);
		Signal zso = signal(onOff, "ZSO", SignalDirection.INPUT, SignalDataType.BOOLEAN);
		Equipment drive = equipment(area, "M-1", EquipmentKind.MOTOR);
		Signal spdSp = analog(drive, "SPD_SP", 0, 100);
		Signal spd = analog(drive, "SPD", 0, 100);
		equipment(area, "LT-1", EquipmentKind.INSTRUMENT);
		List<List<Signal>> pairs = new FeedbackFollowsCommandProvider().detectorsFor(plant).stream()
				.map(d -> List.of(((FeedbackFollowsCommand) d).command(), ((FeedbackFollowsCommand) d).feedback()))
				.toList();
		assertEquals(List.of(List.of(cmd, run), List.of(out, pos), List.of(open, zso), List.of(spdSp, spd)), pairs);
	}

	@Test
	void aRunFeedbackThatDoesNotFollowItsCommandOpensAfterTheTimeAllowedAndClosesWhenItFollows() {
		Detector detector = detectorFor(cmd);
		CollectedFrames frames = new CollectedFrames();
		detector.onValue(cmd, good(false, at(0)), at(0), frames);
		detector.onValue(run, good(false, at(0)), at(0), frames);
		detector.onValue(cmd, good(true, at(1)), at(1), frames);
		for (int tenths = 11; tenths < 110; tenths++) {
			detector.onTime(at(tenths / 10.0), frames);
		}
		assertEquals(List.of(), frames.opened, "9.9 s is within the 10 s allowed");
		detector.onTime(at(11), frames);
		EventFrame frame = frames.openedBy(FeedbackFollowsCommand.SOURCE).get(0);
		assertEquals(Severity.HIGH, frame.severity());
		assertEquals(pump, frame.equipment());
		assertEquals(at(11), frame.start());
		assertEquals(1.0, frame.atStart().get("P-1.CMD"));
		assertEquals(0.0, frame.atStart().get("P-1.RUN"));
		detector.onValue(run, good(true, at(14)), at(14), frames);
		assertEquals(at(14), frames.closedBy(FeedbackFollowsCommand.SOURCE).get(0).end());
	}

	@Test
	void aPositionWithinToleranceFollowsAndAJammedOneDoesNot() {
		Detector detector = detectorFor(out);
		CollectedFrames frames = new CollectedFrames();
		detector.onValue(out, good(50.0, at(0)), at(0), frames);
		detector.onValue(pos, good(10.0, at(0)), at(0), frames);
		detector.onValue(pos, good(30.0, at(4)), at(4), frames);
		detector.onValue(pos, good(49.0, at(8)), at(8), frames); // within 2 % of span
		detector.onTime(at(30), frames);
		assertEquals(List.of(), frames.opened);
		detector.onValue(out, good(80.0, at(31)), at(31), frames);
		detector.onValue(pos, good(60.0, at(35)), at(35), frames); // jammed at 60 %
		detector.onTime(at(40.9), frames);
		assertEquals(List.of(), frames.opened);
		detector.onTime(at(41), frames);
		assertEquals(1, frames.openedBy(FeedbackFollowsCommand.SOURCE).size());
	}

	@Test
	void anEquipmentsFeedbackTimePropertyIsItsPairsTimeAllowedItsTypesTheDefault() {
		property(valve.getProperties(), FeedbackFollowsCommandProvider.FEEDBACK_TIME, "30", "s");
		EquipmentType pumps = HandMadePlants.F.createEquipmentType();
		plant.getEquipmentTypes().add(pumps);
		pump.setType(pumps);
		property(pumps.getProperties(), "feedback time", "2500", "ms");
		assertEquals(Duration.ofMillis(2500), ((FeedbackFollowsCommand) detectorFor(cmd)).allowed(),
				"the type's property, the key in any case");
		Detector slow = detectorFor(out);
		assertEquals(Duration.ofSeconds(30), ((FeedbackFollowsCommand) slow).allowed());
		CollectedFrames frames = new CollectedFrames();
		slow.onValue(out, good(80.0, at(0)), at(0), frames);
		slow.onValue(pos, good(10.0, at(0)), at(0), frames);
		slow.onTime(at(29.9), frames);
		assertEquals(List.of(), frames.opened, "within the valve's own 30 s, beyond the default 10 s");
		slow.onTime(at(30), frames);
		assertEquals(1, frames.openedBy(FeedbackFollowsCommand.SOURCE).size());

		valve.getProperties().clear();
		assertEquals(FeedbackFollowsCommandProvider.DEFAULT_ALLOWED,
				((FeedbackFollowsCommand) detectorFor(out)).allowed());
		property(valve.getProperties(), "Feedback time", "slow", null);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new FeedbackFollowsCommandProvider().detectorsFor(plant));
		assertEquals("Equipment FCV-1 at Area/FCV-1: its property Feedback time 'slow' is no time: give a positive "
				+ "number with the unit s, ms, min or h", e.getMessage());
	}

	static void property(List<Property> into, String key, String value, String unit) {
		Property property = HandMadePlants.F.createProperty();
		property.setKey(key);
		property.setValue(value);
		property.setUnit(unit);
		into.add(property);
	}

	private Detector detectorFor(Signal command) {
		return new FeedbackFollowsCommandProvider().detectorsFor(plant).stream()
				.filter(d -> ((FeedbackFollowsCommand) d).command() == command).findFirst().orElseThrow();
	}
}
