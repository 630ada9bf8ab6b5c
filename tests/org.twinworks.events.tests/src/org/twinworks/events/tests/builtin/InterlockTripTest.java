// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twinworks.events.tests.builtin.HandMadePlants.analog;
import static org.twinworks.events.tests.builtin.HandMadePlants.area;
import static org.twinworks.events.tests.builtin.HandMadePlants.at;
import static org.twinworks.events.tests.builtin.HandMadePlants.equipment;
import static org.twinworks.events.tests.builtin.HandMadePlants.good;
import static org.twinworks.events.tests.builtin.HandMadePlants.signal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.builtin.InterlockTrip;
import org.twinworks.events.builtin.InterlockTripProvider;
import org.twinworks.model.Area;
import org.twinworks.model.ComparisonOperator;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TripAction;

/** A low-low tank level stops the pump: the trip observed, and a trip that does not happen. */
class InterlockTripTest {
	private final Plant plant = HandMadePlants.plant("interlock");
	private final Area area = area(plant, "Area");
	private final Equipment tank = equipment(area, "LT-1", EquipmentKind.INSTRUMENT);
	private final Signal level = analog(tank, "PV", 0, 5);
	private final Equipment pump = equipment(area, "P-1", EquipmentKind.PUMP);
	private final Signal run = signal(pump, "RUN", SignalDirection.INPUT, SignalDataType.BOOLEAN);
	private Detector detector;
	private final CollectedFrames frames = new CollectedFrames();

	@BeforeEach
	void lowLowLevelStopsThePump() {
		signal(pump, "CMD", SignalDirection.OUTPUT, SignalDataType.BOOLEAN);
		Interlock interlock = HandMadePlants.F.createInterlock();
		interlock.setTag("IS-1");
		interlock.setName("Low-low level stops P-1");
		InterlockCondition condition = HandMadePlants.F.createInterlockCondition();
		condition.setSignal(level);
		condition.setOperator(ComparisonOperator.LESS_THAN);
		condition.setThreshold(0.5);
		interlock.getConditions().add(condition);
		interlock.setTrips(pump);
		interlock.setTripAction(TripAction.STOP);
		plant.getInterlocks().add(interlock);
		List<Detector> detectors = new InterlockTripProvider().detectorsFor(plant);
		assertEquals(1, detectors.size());
		detector = detectors.get(0);
		assertEquals(java.util.Set.of(level, run), detector.watched(), "RUN shows a stop; CMD is only the fallback");
		detector.onValue(level, good(2.0, at(0)), at(0), frames);
		detector.onValue(run, good(true, at(0)), at(0), frames);
	}

	@Test
	void theTrippedEquipmentsTripTimePropertyIsTheTimeAllowed() {
		assertEquals(InterlockTripProvider.DEFAULT_ALLOWED, ((InterlockTrip) detector).allowed());
		FeedbackFollowsCommandTest.property(pump.getProperties(), InterlockTripProvider.TRIP_TIME, "0.5", "min");
		InterlockTrip slow = (InterlockTrip) new InterlockTripProvider().detectorsFor(plant).get(0);
		assertEquals(Duration.ofSeconds(30), slow.allowed());
	}

	@Test
	void aTripObservedInTimeIsAMediumFrameWhileTheConditionHolds() {
		detector.onValue(level, good(0.4, at(10)), at(10), frames);
		detector.onTime(at(11), frames);
		assertEquals(List.of(), frames.opened);
		detector.onValue(run, good(false, at(11.5)), at(11.5), frames);
		EventFrame trip = frames.openedBy(InterlockTrip.TRIP_SOURCE).get(0);
		assertEquals(Severity.MEDIUM, trip.severity());
		assertEquals(pump, trip.equipment());
		assertEquals(1500L, trip.atStart().get("responseMillis"));
		detector.onTime(at(30), frames);
		assertEquals(List.of(), frames.openedBy(InterlockTrip.FAILED_SOURCE));
		detector.onValue(level, good(0.8, at(60)), at(60), frames);
		assertEquals(at(60), frames.closedBy(InterlockTrip.TRIP_SOURCE).get(0).end());
		assertEquals(List.of(), frames.stillOpen());
	}

	@Test
	void aTripNotObservedInTimeIsACriticalFailedTrip() {
		detector.onValue(level, good(0.3, at(10)), at(10), frames);
		detector.onTime(at(14.9), frames);
		assertEquals(List.of(), frames.opened);
		detector.onTime(at(15), frames);
		EventFrame failed = frames.openedBy(InterlockTrip.FAILED_SOURCE).get(0);
		assertEquals(Severity.CRITICAL, failed.severity());
		assertEquals(at(15), failed.start());
		assertEquals(List.of(), frames.openedBy(InterlockTrip.TRIP_SOURCE));
		// the level recovers with the pump still running: the failed trip ends with the condition
		detector.onValue(level, good(1.0, at(40)), at(40), frames);
		assertEquals(1, frames.closedBy(InterlockTrip.FAILED_SOURCE).size());
		assertEquals(List.of(), frames.stillOpen());
	}
}
