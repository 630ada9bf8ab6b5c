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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
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
		assertEquals(180, defaults.forSignal(pressure).warmUp());
		assertEquals(Duration.ofSeconds(10), defaults.forSignal(pressure).window());
		assertFalse(defaults.forSignal(pressure).ewma(), "the EWMA is off by default");
		assertEquals(1e-4 * 10, defaults.forSignal(pressure).sigmaFloor(), 1e-15);
		Signal count = signal(transmitter, "CNT", SignalDirection.INPUT, SignalDataType.INT32);
		assertEquals(1 / Math.sqrt(12), defaults.forSignal(count).sigmaFloor(), 1e-12);
		org.twinworks.model.EngineeringUnit celsius = HandMadePlants.F.createEngineeringUnit();
		celsius.setCode("CEL");
		Signal temperature = analog(transmitter, "TEMP", 0, 100);
		temperature.setUnit(celsius);
		assertEquals(Duration.ofSeconds(30), defaults.forSignal(temperature).window());
		assertEquals(180, defaults.forSignal(temperature).warmUp());
		assertEquals(50, defaults.with("CEL", DriftParameters.DEFAULT.withWarmUp(50)).forSignal(temperature).warmUp());
	}

	@Test
	void windowMeansAreTimeWeightedInDataTimeAndClosedByValuesOrTicks() {
		DriftStatistics statistics = new DriftStatistics(50);
		DriftDetector detector = new DriftDetector(pressure, DriftParameters.DEFAULT.withWarmUp(3), statistics);
		CollectedFrames frames = new CollectedFrames();
		detector.onValue(pressure, value(0, 0), at(0), frames);
		detector.onValue(pressure, value(10, 7.5), at(7.5), frames);
		detector.onTime(at(9.999), frames);
		assertEquals(List.of(), statistics.recent(pressure), "the window is still open");
		detector.onTime(at(10), frames);
		DriftReading first = statistics.current(pressure).orElseThrow();
		assertEquals(at(10), first.time(), "a reading is timed at its window's end");
		assertEquals(2.5, first.value(), 1e-6, "0 for 7.5 s, 10 for 2.5 s");
		assertTrue(first.warmingUp());
		assertTrue(Double.isNaN(first.ewma()), "the EWMA is off by default");
		// [10 s, 20 s) brings no value: skipped; in [20 s, 30 s) the held 10 counts from 20 s until 4 arrives at 25 s
		detector.onTime(at(20), frames);
		detector.onValue(pressure, value(4, 25), at(25), frames);
		detector.onTime(at(30), frames);
		assertEquals(2, statistics.recent(pressure).size());
		assertEquals(7, statistics.current(pressure).orElseThrow().value(), 1e-6);
		// a bad value ends the hold: 4 for 1 s, nothing for 4 s, 2 for 5 s
		detector.onValue(pressure, new SignalValue(1e9, 0x8000_0000L, "Bad", at(31), at(31)), at(31), frames);
		detector.onValue(pressure, value(2, 35), at(35), frames);
		// no tick: the next value closes the window, whenever it comes
		detector.onValue(pressure, value(3, 65), at(65), frames);
		DriftReading third = statistics.current(pressure).orElseThrow();
		assertEquals(at(40), third.time());
		assertEquals((4 * 1 + 2 * 5) / 6.0, third.value(), 1e-6, "kept as a float");
		assertEquals(3, statistics.recent(pressure).size());
		assertFalse(third.warmingUp(), "three windows learnt");
		assertEquals(List.of(), frames.opened);
	}

	/**
	 * The readings kept are the latest {@code capacity}, oldest first, each as it was when its window closed (at a
	 * float's precision) while they wrap around many times.
	 */
	@Test
	void theReadingsKeptAreTheLatestInOrderAcrossManyWraps() {
		int capacity = 37;
		DriftStatistics statistics = new DriftStatistics(capacity);
		DriftDetector detector = new DriftDetector(pressure, DriftParameters.DEFAULT.withWarmUp(5).withEwma(0.2, 3),
				statistics);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(3);
		List<DriftReading> seen = new java.util.ArrayList<>();
		for (int window = 0; window < 1_000; window++) {
			double level = window < 500 ? 5 : 5.5; // a shift, so the charts signal and the flags vary
			detector.onValue(pressure, value(level + 0.1 * random.nextGaussian(), window * 10 + 1), at(window * 10 + 1),
					frames);
			detector.onTime(at(window * 10 + 10), frames);
			seen.add(statistics.current(pressure).orElseThrow());
			int from = Math.max(0, seen.size() - capacity);
			if (window % 13 == 0 || window == 999) {
				assertEquals(seen.subList(from, seen.size()), statistics.recent(pressure), "after window " + window);
			}
		}
		assertTrue(seen.stream().anyMatch(DriftReading::cusumSignal), "the shift signals");
		assertTrue(seen.stream().anyMatch(DriftReading::ewmaSignal), "the EWMA too");
		assertTrue(seen.get(0).warmingUp());
		assertEquals(at(10_000), statistics.current(pressure).orElseThrow().time());
	}

	@Test
	void aStepDriftOpensACusumFrameWithinItsBoundAndAResetClosesIt() {
		DriftDetectorProvider provider = new DriftDetectorProvider(DriftParameters.defaults(), new DriftStatistics(50));
		Detector detector = provider.detectorsFor(plant).get(0);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(8);
		// 10 Hz, σ 0.1 white noise: window means of 100 samples have σ 0.01
		long tenth = 0;
		int warmUp = DriftParameters.DEFAULT_WARM_UP;
		for (; tenth < (warmUp - 1) * 100L; tenth++) {
			feed(detector, 5 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		detector.onTime(at(tenth / 10.0), frames);
		assertTrue(provider.statistics().current(pressure).orElseThrow().warmingUp());
		for (; tenth < warmUp * 100L; tenth++) {
			feed(detector, 5 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		detector.onTime(at(tenth / 10.0), frames);
		assertFalse(provider.statistics().current(pressure).orElseThrow().warmingUp(), "180 windows learnt");
		assertEquals(List.of(), frames.opened, "the warm-up does not alarm");
		// a 2 σ step of the window means (0.02 bar): Siegmund ARL1 ≈ 12 windows; flagged within 4 × h/(δ − k) = 45
		long stepAt = tenth;
		while (frames.openedBy(DriftDetector.CUSUM_SOURCE).isEmpty() && tenth < stepAt + 100 * 100) {
			feed(detector, 5.02 + 0.1 * random.nextGaussian(), tenth, frames);
			tenth++;
		}
		long windows = (tenth - stepAt + 99) / 100;
		System.out.println("drift detector, 2 sigma step of the window means: flagged after " + windows + " windows");
		assertTrue(windows <= 45, "flagged after " + windows + " windows");
		EventFrame frame = frames.openedBy(DriftDetector.CUSUM_SOURCE).get(0);
		assertEquals(Severity.MEDIUM, frame.severity());
		assertEquals(transmitter, frame.equipment());
		assertEquals(0, frame.start().toEpochMilli() % 10_000, "opened at a window's end");
		assertTrue((double) frame.atStart().get("PT-1.PV.statistic") > 14);
		assertTrue(frame.atStart().containsKey("PT-1.PV"));
		DriftReading reading = provider.statistics().current(pressure).orElseThrow();
		assertTrue(reading.cusumSignal());
		assertFalse(reading.warmingUp());
		assertEquals(5, reading.mean(), 0.005);
		assertEquals(0.01, reading.sigma(), 0.002);
		assertEquals(50, provider.statistics().recent(pressure).size(), "the readings kept are bounded");
		// the drift persists: the frame stays open until the new level is accepted
		for (long end = tenth + 50 * 100; tenth < end; tenth++) {
			feed(detector, 5.02 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		assertEquals(List.of(), frames.closedBy(DriftDetector.CUSUM_SOURCE));
		provider.detectorFor(pressure).orElseThrow().reset();
		detector.onTime(at(tenth / 10.0), frames);
		assertEquals(1, frames.closedBy(DriftDetector.CUSUM_SOURCE).size());
		assertEquals(List.of(), frames.stillOpen());
	}

	@Test
	void aDriftThatGoesAwayClosesItsFrame() {
		DriftDetectorProvider provider = new DriftDetectorProvider();
		Detector detector = provider.detectorsFor(plant).get(0);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(4);
		long tenth = 0;
		for (; tenth < DriftParameters.DEFAULT_WARM_UP * 100L; tenth++) {
			feed(detector, 5 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		for (long end = tenth + 20 * 100; tenth < end; tenth++) {
			feed(detector, 5.05 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		assertEquals(1, frames.openedBy(DriftDetector.CUSUM_SOURCE).size());
		// back on target: S+ (about 20 × 4 σ) falls by about k = 0.75 σ a window, to zero within about 110 windows
		for (long end = tenth + 300 * 100; tenth < end; tenth++) {
			feed(detector, 5 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		assertEquals(1, frames.closedBy(DriftDetector.CUSUM_SOURCE).size());
		assertEquals(1, frames.openedBy(DriftDetector.CUSUM_SOURCE).size());
	}

	@Test
	void theEwmaOpensItsOwnFrameWhenTurnedOn() {
		DriftParameters withEwma = DriftParameters.uniform(DriftParameters.DEFAULT.withEwma(0.05, 6).withWarmUp(60));
		DriftDetectorProvider provider = new DriftDetectorProvider(withEwma, new DriftStatistics(10));
		Detector detector = provider.detectorsFor(plant).get(0);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(12);
		long tenth = 0;
		for (; tenth < 60 * 100L; tenth++) {
			feed(detector, 5 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		// a 3 σ step of the window means (0.03 bar): the EWMA's ARL1 at 3 σ is about 8 windows
		long stepAt = tenth;
		while (frames.openedBy(DriftDetector.EWMA_SOURCE).isEmpty() && tenth < stepAt + 100 * 100) {
			feed(detector, 5.03 + 0.1 * random.nextGaussian(), tenth, frames);
			tenth++;
		}
		assertEquals(1, frames.openedBy(DriftDetector.EWMA_SOURCE).size());
		assertTrue(tenth - stepAt <= 30 * 100, "flagged after " + (tenth - stepAt) / 100 + " windows");
		DriftReading reading = provider.statistics().current(pressure).orElseThrow();
		assertTrue(reading.ewmaSignal());
		assertEquals(6 * Math.sqrt(0.05 / 1.95), reading.ewmaLimit(), 1e-6);
		// back on target: the EWMA decays below half its limit and the frame closes
		for (long end = tenth + 300 * 100; tenth < end; tenth++) {
			feed(detector, 5 + 0.1 * random.nextGaussian(), tenth, frames);
		}
		assertEquals(1, frames.closedBy(DriftDetector.EWMA_SOURCE).size());
	}

	@Test
	void badValuesAreSkipped() {
		CollectedFrames frames = new CollectedFrames();
		DriftDetectorProvider provider = new DriftDetectorProvider();
		Detector detector = provider.detectorsFor(plant).get(0);
		detector.onValue(pressure, new SignalValue(1e9, 0x8000_0000L, "Bad", at(0), at(0)), at(0), frames);
		detector.onTime(at(60), frames);
		assertTrue(provider.statistics().current(pressure).isEmpty());
	}

	private void feed(Detector detector, double x, long tenth, CollectedFrames frames) {
		Instant time = at(tenth / 10.0);
		detector.onValue(pressure, good(x, time), time, frames);
	}

	private static SignalValue value(double x, double second) {
		return good(x, at(second));
	}
}
