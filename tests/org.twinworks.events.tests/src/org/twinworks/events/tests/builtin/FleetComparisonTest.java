// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.builtin.HandMadePlants.area;
import static org.twinworks.events.tests.builtin.HandMadePlants.at;
import static org.twinworks.events.tests.builtin.HandMadePlants.good;
import static org.twinworks.events.tests.builtin.HandMadePlants.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.builtin.FleetComparison;
import org.twinworks.events.builtin.FleetComparisonProvider;
import org.twinworks.events.builtin.FleetInstance;
import org.twinworks.model.Area;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.types.EquipmentTypes;

/** Eight identical pumps' motors (current at a speed), compared as a fleet. */
class FleetComparisonTest {
	private final Plant plant = HandMadePlants.plant("fleet");
	private final List<Equipment> motors = new ArrayList<>();
	private EquipmentType motorType;
	private FleetComparisonProvider provider;
	private Detector currents;

	@BeforeEach
	void eightMotors() {
		motorType = HandMadePlants.F.createEquipmentType();
		motorType.setName("Motor");
		motorType.setKind(EquipmentKind.MOTOR);
		template(motorType, "CUR", SignalDirection.INPUT, SignalDataType.DOUBLE);
		template(motorType, "SPD", SignalDirection.INPUT, SignalDataType.DOUBLE);
		template(motorType, "RUN", SignalDirection.INPUT, SignalDataType.BOOLEAN);
		plant.getEquipmentTypes().add(motorType);
		Area area = area(plant, "Pumping");
		for (int i = 1; i <= 8; i++) {
			Equipment motor = EquipmentTypes.instantiate(motorType, "M-10" + i, "Motor " + i);
			area.getEquipment().add(motor);
			motors.add(motor);
		}
		provider = new FleetComparisonProvider();
		List<Detector> detectors = provider.detectorsFor(plant);
		assertEquals(1, detectors.size(), "current is compared; speed is the condition, RUN is not analog");
		currents = detectors.get(0);
		assertEquals("CUR", ((FleetComparison) currents).signalName());
	}

	@Test
	void theOneDegradedPumpIsTheOnlyOutlier() {
		CollectedFrames frames = feed(new double[]{1, 1, 1, 1, 1.15, 1, 1, 1},
				new double[]{75, 75, 75, 75, 75, 75, 75, 75}, 0.3);
		List<EventFrame> outliers = frames.openedBy(FleetComparison.SOURCE);
		assertEquals(1, outliers.size(), outliers.toString());
		assertEquals(motors.get(4), outliers.get(0).equipment());
		List<FleetInstance> view = provider.statistics().instances(motorType, "CUR");
		assertEquals(8, view.size());
		for (FleetInstance instance : view) {
			assertEquals(instance.equipment() == motors.get(4), instance.outlier(), instance.toString());
			assertFalse(instance.recent().isEmpty());
		}
	}

	@Test
	void noOutlierWhenAllAreHealthy() {
		CollectedFrames frames = feed(new double[]{1, 1, 1, 1, 1, 1, 1, 1},
				new double[]{75, 75, 75, 75, 75, 75, 75, 75}, 0.3);
		assertEquals(List.of(), frames.opened);
		assertTrue(provider.statistics().instances(motorType, "CUR").stream().noneMatch(FleetInstance::outlier));
	}

	@Test
	void aZeroMadStillFindsTheOutlierAndIdenticalValuesFindNone() {
		CollectedFrames frames = feed(new double[]{1, 1, 1, 1, 1, 1, 1, 1.15},
				new double[]{75, 75, 75, 75, 75, 75, 75, 75}, 0);
		assertEquals(List.of(motors.get(7)),
				frames.openedBy(FleetComparison.SOURCE).stream().map(EventFrame::equipment).toList());
		frames = feed(new double[]{1, 1, 1, 1, 1, 1, 1, 1}, new double[]{75, 75, 75, 75, 75, 75, 75, 75}, 0);
		assertEquals(List.of(), frames.opened);
	}

	@Test
	void instancesAreComparedOnlyWithPeersAtASimilarSpeed() {
		// four motors at half speed draw less current: not outliers, they are compared among themselves (too few
		// to judge: fewer than five peers), while the four at full speed have no fifth peer either
		CollectedFrames frames = feed(new double[]{1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5},
				new double[]{75, 75, 75, 75, 37, 37, 37, 37}, 0.3);
		assertEquals(List.of(), frames.opened);
		// six at full speed and one of them degraded: found among its five peers within ±10 % speed
		frames = feed(new double[]{1, 1, 1, 1.15, 1, 1, 0.5, 0.5}, new double[]{75, 78, 72, 75, 76, 74, 37, 37}, 0.3);
		assertEquals(List.of(motors.get(3)),
				frames.openedBy(FleetComparison.SOURCE).stream().map(EventFrame::equipment).toList());
	}

	@Test
	void aTypeWithoutItsOwnConditionComparesAtSimilarLoopSetpointsWhenEveryInstanceIsALoopsFinalElement() {
		// ten dosing pumps of a type with current only, each the final element of its own flow loop: five run at
		// setpoint 50 and draw about 40 A, one of them 15 % more; five at setpoint 100 draw about 80 A
		EquipmentType dosing = HandMadePlants.F.createEquipmentType();
		dosing.setName("Dosing pump");
		dosing.setKind(EquipmentKind.PUMP);
		template(dosing, "CUR", SignalDirection.INPUT, SignalDataType.DOUBLE);
		plant.getEquipmentTypes().add(dosing);
		Area area = area(plant, "Dosing");
		Equipment controllers = HandMadePlants.equipment(area, "FIC", EquipmentKind.INSTRUMENT);
		List<Equipment> pumps = new ArrayList<>();
		List<Signal> setpoints = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Equipment pump = EquipmentTypes.instantiate(dosing, "DP-" + i, "Dosing pump " + i);
			area.getEquipment().add(pump);
			pumps.add(pump);
			Signal setpoint = HandMadePlants.analog(controllers, "SP" + i, 0, 200);
			setpoints.add(setpoint);
			ControlLoop loop = HandMadePlants.F.createControlLoop();
			loop.setTag("FIC-" + i);
			loop.setSetpoint(setpoint);
			loop.setMeasuredValue(HandMadePlants.analog(controllers, "PV" + i, 0, 200));
			loop.setOutput(HandMadePlants.analog(controllers, "OUT" + i, 0, 100));
			loop.setFinalElement(pump);
			plant.getControlLoops().add(loop);
		}
		double[] amps = {40, 40.2, 46, 39.8, 40.1, 80, 80.3, 79.7, 80.2, 79.9};
		assertEquals(List.of(pumps.get(2)), outliersAmong(dosing, pumps, setpoints, amps),
				"the one drawing 15 % more than its four peers at the same setpoint");

		plant.getControlLoops().remove(9);
		assertEquals(List.of(), outliersAmong(dosing, pumps, setpoints, amps),
				"one pump without a loop: no context condition, the bimodal fleet is too spread to judge");
	}

	/** Ten seconds of the given currents with setpoints 50 (first five) and 100, the outliers at the end. */
	private List<Equipment> outliersAmong(EquipmentType type, List<Equipment> pumps, List<Signal> setpoints,
			double[] amps) {
		FleetComparisonProvider fresh = new FleetComparisonProvider();
		Detector detector = fresh.detectorsFor(plant).stream().filter(d -> ((FleetComparison) d).type() == type)
				.findFirst().orElseThrow();
		CollectedFrames frames = new CollectedFrames();
		for (int second = 0; second < 10; second++) {
			for (int i = 0; i < pumps.size(); i++) {
				if (detector.watched().contains(setpoints.get(i))) {
					detector.onValue(setpoints.get(i), good(i < 5 ? 50.0 : 100.0, at(second)), at(second), frames);
				}
				Signal current = signal(pumps.get(i), "CUR");
				detector.onValue(current, good(amps[i], at(second)), at(second), frames);
			}
			detector.onTime(at(second + 0.5), frames);
		}
		return fresh.statistics().instances(type, "CUR").stream().filter(FleetInstance::outlier)
				.map(FleetInstance::equipment).toList();
	}

	/** A minute of 1 Hz values: current 42 A × factor (with seeded noise of {@code noise} A) at the given speeds. */
	private CollectedFrames feed(double[] factors, double[] speeds, double noise) {
		eightMotorsFresh();
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(31);
		for (int second = 0; second < 60; second++) {
			for (int i = 0; i < motors.size(); i++) {
				Equipment motor = motors.get(i);
				Signal speed = signal(motor, "SPD");
				Signal current = signal(motor, "CUR");
				currents.onValue(speed, good(speeds[i], at(second)), at(second), frames);
				double amps = 42 * factors[i] + noise * random.nextGaussian();
				currents.onValue(current, good(amps, at(second)), at(second), frames);
			}
			currents.onTime(at(second + 0.5), frames);
		}
		return frames;
	}

	private void eightMotorsFresh() {
		provider = new FleetComparisonProvider();
		currents = provider.detectorsFor(plant).get(0);
	}

	private static Signal signal(Equipment equipment, String suffix) {
		return equipment.getSignals().stream().filter(s -> s.getTag().endsWith("." + suffix)).findFirst().orElseThrow();
	}
}
