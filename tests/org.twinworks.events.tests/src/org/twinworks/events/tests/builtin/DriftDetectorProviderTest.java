// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.builtin.HandMadePlants.analog;
import static org.twinworks.events.tests.builtin.HandMadePlants.area;
import static org.twinworks.events.tests.builtin.HandMadePlants.at;
import static org.twinworks.events.tests.builtin.HandMadePlants.equipment;
import static org.twinworks.events.tests.builtin.HandMadePlants.good;
import static org.twinworks.events.tests.builtin.HandMadePlants.signal;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.builtin.DriftDetector;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.builtin.DriftParameters;
import org.twinworks.events.builtin.DriftReading;
import org.twinworks.events.builtin.DriftStatistics;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Area;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

class DriftDetectorProviderTest {
	private final Plant plant = HandMadePlants.plant("drift");
	private final Area area = area(plant, "Area");
	private final Equipment transmitter = equipment(area, "PT-1", EquipmentKind.INSTRUMENT);
	private final Signal pressure = analog(transmitter, "PV", 0, 10);

	@Test
	void onlyAnalogInputsGetADetector() {
		Equipment pump = equipment(area, "P-1", EquipmentKind.PUMP);
		signal(pump, "RUN", SignalDirection.INPUT, SignalDataType.BOOLEAN);
		signal(pump, "SPD_SP", SignalDirection.OUTPUT, SignalDataType.DOUBLE);
		signal(pump, "HRS", SignalDirection.INTERNAL, SignalDataType.DOUBLE);
		Signal starts = signal(pump, "STARTS_IN", SignalDirection.INPUT, SignalDataType.INT32);
		List<Detector> detectors = new DriftDetectorProvider().detectorsFor(plant);
		assertEquals(2, detectors.size());
		assertEquals(java.util.Set.of(pressure, starts),
				detectors.stream().map(d -> ((DriftDetector) d).signal()).collect(java.util.stream.Collectors.toSet()));
	}

	@Test
	void parametersFollowTheSignalsKind() {
		DriftParameters defaults = DriftParameters.defaults();
		assertEquals(200, defaults.forSignal(pressure).warmUp());
		assertEquals(1e-4 * 10, defaults.forSignal(pressure).sigmaFloor(), 1e-15);
		Signal count = signal(transmitter, "CNT", SignalDirection.INPUT, SignalDataType.INT32);
		assertEquals(1 / Math.sqrt(12), defaults.forSignal(count).sigmaFloor(), 1e-12);
		org.twinworks.model.EngineeringUnit celsius = HandMadePlants.F.createEngineeringUnit();
		celsius.setCode("CEL");
		Signal temperature = analog(transmitter, "TEMP", 0, 100);
		temperature.setUnit(celsius);
		assertEquals(600, defaults.forSignal(temperature).warmUp());
		assertEquals(50, defaults.with("CEL", DriftParameters.DEFAULT.withWarmUp(50)).forSignal(temperature).warmUp());
	}

	@Test
	void aStepDriftOpensACusumFrameWithinItsBoundAndAResetClosesIt() {
		DriftDetectorProvider provider = new DriftDetectorProvider(DriftParameters.defaults(), new DriftStatistics(50));
		Detector detector = provider.detectorsFor(plant).get(0);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(8);
		int i = 0;
		for (; i < 199; i++) {
			detector.onValue(pressure, value(5 + 0.1 * random.nextGaussian(), i), at(i), frames);
		}
		assertTrue(provider.statistics().current(pressure).orElseThrow().warmingUp());
		detector.onValue(pressure, value(5 + 0.1 * random.nextGaussian(), i), at(i), frames);
		i++;
		assertFalse(provider.statistics().current(pressure).orElseThrow().warmingUp(), "200 samples learnt");
		assertEquals(List.of(), frames.opened, "the warm-up does not alarm");
		// a 2 σ step (0.2 bar on σ 0.1): Siegmund ARL1 ≈ 3.9; flagged within 4 × h/(δ − k) = 13 samples
		int stepAt = i;
		while (frames.openedBy(DriftDetector.CUSUM_SOURCE).isEmpty() && i < stepAt + 100) {
			detector.onValue(pressure, value(5.2 + 0.1 * random.nextGaussian(), i), at(i), frames);
			i++;
		}
		assertTrue(i - stepAt <= 13, "flagged after " + (i - stepAt) + " samples");
		EventFrame frame = frames.openedBy(DriftDetector.CUSUM_SOURCE).get(0);
		assertEquals(Severity.MEDIUM, frame.severity());
		assertEquals(transmitter, frame.equipment());
		assertTrue((double) frame.atStart().get("PT-1.PV.statistic") > 5);
		assertTrue(frame.atStart().containsKey("PT-1.PV"));
		DriftReading reading = provider.statistics().current(pressure).orElseThrow();
		assertTrue(reading.cusumSignal());
		assertFalse(reading.warmingUp());
		assertEquals(5, reading.mean(), 0.05);
		List<DriftReading> recent = provider.statistics().recent(pressure);
		assertEquals(50, recent.size(), "the readings kept are bounded");
		assertEquals(reading, recent.get(49), "the latest last");
		assertEquals(at(i - 50), recent.get(0).time(), "the oldest kept first, the ring wrapped in order");
		for (int k = 1; k < recent.size(); k++) {
			assertTrue(recent.get(k - 1).time().isBefore(recent.get(k).time()));
		}
		// the drift persists: the frame stays open until the new level is accepted
		for (int j = 0; j < 50; j++, i++) {
			detector.onValue(pressure, value(5.2 + 0.1 * random.nextGaussian(), i), at(i), frames);
		}
		assertEquals(List.of(), frames.closedBy(DriftDetector.CUSUM_SOURCE));
		provider.detectorFor(pressure).orElseThrow().reset();
		detector.onTime(at(i), frames);
		assertEquals(1, frames.closedBy(DriftDetector.CUSUM_SOURCE).size());
		assertEquals(List.of(), frames.stillOpen());
	}

	@Test
	void aDriftThatGoesAwayClosesItsFrame() {
		DriftDetectorProvider provider = new DriftDetectorProvider();
		Detector detector = provider.detectorsFor(plant).get(0);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(4);
		int i = 0;
		for (; i < 200; i++) {
			detector.onValue(pressure, value(5 + 0.1 * random.nextGaussian(), i), at(i), frames);
		}
		for (int j = 0; j < 20; j++, i++) {
			detector.onValue(pressure, value(5.5, i), at(i), frames);
		}
		assertEquals(1, frames.openedBy(DriftDetector.CUSUM_SOURCE).size());
		// back on target: S+ (about 20 × 4.5 σ) falls by k = 0.5 σ a sample, to zero within about 180 samples
		for (int j = 0; j < 400; j++, i++) {
			detector.onValue(pressure, value(5.0, i), at(i), frames);
		}
		assertEquals(1, frames.closedBy(DriftDetector.CUSUM_SOURCE).size());
	}

	@Test
	void badValuesAreSkipped() {
		CollectedFrames frames = new CollectedFrames();
		DriftDetectorProvider provider = new DriftDetectorProvider();
		Detector detector = provider.detectorsFor(plant).get(0);
		detector.onValue(pressure, new SignalValue(1e9, 0x8000_0000L, "Bad", at(0), at(0)), at(0), frames);
		assertTrue(provider.statistics().current(pressure).isEmpty());
	}

	private static SignalValue value(double x, int second) {
		return good(x, at(second));
	}
}
