// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.twinworks.events.tests.builtin.HandMadePlants.alarm;
import static org.twinworks.events.tests.builtin.HandMadePlants.analog;
import static org.twinworks.events.tests.builtin.HandMadePlants.area;
import static org.twinworks.events.tests.builtin.HandMadePlants.at;
import static org.twinworks.events.tests.builtin.HandMadePlants.equipment;
import static org.twinworks.events.tests.builtin.HandMadePlants.good;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.builtin.AlarmFlood;
import org.twinworks.events.builtin.AlarmFloodProvider;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.Area;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/** Twelve temperatures with a high alarm each in one area, another area quiet. */
class AlarmFloodTest {
	private final Plant plant = HandMadePlants.plant("flood");
	private final List<Signal> temperatures = new ArrayList<>();
	private Detector flood;
	private final CollectedFrames frames = new CollectedFrames();

	@BeforeEach
	void twelveAlarmedSignals() {
		Area boilers = area(plant, "Boilers");
		for (int i = 0; i < 12; i++) {
			Signal temperature = analog(equipment(boilers, "TT-" + i, EquipmentKind.INSTRUMENT), "PV", 0, 200);
			alarm(temperature, AlarmKind.HIGH, 100, 2);
			temperatures.add(temperature);
		}
		Area quiet = area(plant, "Quiet");
		analog(equipment(quiet, "PT-1", EquipmentKind.INSTRUMENT), "PV", 0, 10);
		List<Detector> detectors = new AlarmFloodProvider().detectorsFor(plant);
		assertEquals(1, detectors.size(), "an area without alarm limits has nothing to flood");
		flood = detectors.get(0);
		assertEquals(boilers, ((AlarmFlood) flood).area());
	}

	@Test
	void elevenAlarmsInTenMinutesAreAFloodThatEndsBelowFive() {
		for (int i = 0; i < 11; i++) {
			double t = i * 30;
			flood.onValue(temperatures.get(i), good(101.0, at(t)), at(t), frames);
			if (i < 10) {
				assertEquals(List.of(), frames.opened, "10 alarms in 10 minutes are not a flood yet");
			}
		}
		EventFrame frame = frames.openedBy(AlarmFlood.SOURCE).get(0);
		assertEquals(Severity.HIGH, frame.severity());
		assertNull(frame.equipment());
		assertEquals("Boilers", frame.atStart().get("area"));
		assertEquals(11, frame.atStart().get("alarms"));
		assertEquals(at(300), frame.start());
		// alarms leave the 10-minute window one by one (at 600 s + 30 s·i): below 5 once the 7th has gone
		flood.onTime(at(600 + 30 * 6 - 1), frames);
		assertEquals(List.of(), frames.closed, "five still in the window");
		flood.onTime(at(600 + 30 * 6), frames);
		assertEquals(at(780), frames.closedBy(AlarmFlood.SOURCE).get(0).end());
		assertEquals(4, frames.closedBy(AlarmFlood.SOURCE).get(0).atEnd().get("alarms"));
	}

	@Test
	void aValueChatteringWithinTheHysteresisAnnunciatesOnce() {
		for (int i = 0; i < 40; i++) {
			double t = i * 5;
			flood.onValue(temperatures.get(0), good(i % 2 == 0 ? 100.5 : 98.5, at(t)), at(t), frames);
		}
		assertEquals(List.of(), frames.opened, "one standing alarm, not twenty");
		for (int i = 0; i < 40; i++) {
			double t = 200 + i * 5;
			flood.onValue(temperatures.get(0), good(i % 2 == 0 ? 100.5 : 97.0, at(t)), at(t), frames);
		}
		assertEquals(1, frames.openedBy(AlarmFlood.SOURCE).size(), "clearing beyond the hysteresis re-annunciates");
	}
}
