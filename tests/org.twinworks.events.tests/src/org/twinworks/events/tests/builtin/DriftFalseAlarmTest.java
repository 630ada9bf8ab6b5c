// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.builtin.HandMadePlants.analog;
import static org.twinworks.events.tests.builtin.HandMadePlants.area;
import static org.twinworks.events.tests.builtin.HandMadePlants.at;
import static org.twinworks.events.tests.builtin.HandMadePlants.equipment;
import static org.twinworks.events.tests.builtin.HandMadePlants.good;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.EventFrame;
import org.twinworks.events.builtin.DriftDetector;
import org.twinworks.events.builtin.DriftParameters;
import org.twinworks.events.builtin.DriftReading;
import org.twinworks.events.builtin.DriftStatistics;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The drift detector on healthy and drifting 10 Hz signals whose noise is autocorrelated as a real transmitter's
 * is: an AR(1) with φ = 0.8 and σ = 0.1 (in units). Its 10 s window means have σ ≈ 0.1 · √((1 + φ)/(1 − φ)/100) =
 * 0.03 and are nearly independent, so the window charts' run lengths follow the design figures.
 */
class DriftFalseAlarmTest {
	private static final double PHI = 0.8;
	private static final double SIGMA = 0.1;
	private static final int PER_SECOND = 10;
	private static final long WINDOW_SECONDS = DriftParameters.DEFAULT_WINDOW.toSeconds();
	private static final long WARM_UP_SECONDS = DriftParameters.DEFAULT_WARM_UP * WINDOW_SECONDS;

	private final Plant plant = HandMadePlants.plant("drift");
	private final Signal pressure = analog(equipment(area(plant, "Area"), "PT-1", EquipmentKind.INSTRUMENT), "PV", 0,
			10);

	/** An AR(1) series with stationary σ {@link #SIGMA}, started in its stationary distribution. */
	private static final class Noise {
		private final Random random;
		private double x;

		Noise(Random random) {
			this.random = random;
			this.x = SIGMA * random.nextGaussian();
		}

		double next() {
			x = PHI * x + Math.sqrt(1 - PHI * PHI) * SIGMA * random.nextGaussian();
			return x;
		}
	}

	private void feed(DriftDetector detector, double x, long tenth, CollectedFrames frames) {
		Instant time = at(tenth / (double) PER_SECOND);
		detector.onValue(pressure, good(x, time), time, frames);
	}

	@Test
	void healthyCorrelatedSignalsRaiseNoFalseAlarmOverSixHundredSignalHoursAndARelaxedChartMatchesItsDesign() {
		// 50 signals × 12 h judged (after their 30 min warm-up) = 600 signal-hours, 216,000 windows, 2.2·10⁷ samples.
		// The defaults' documented bound (one false alarm per 7.5·10⁷ windows) expects 0.003 alarms here; the old
		// per-sample design (k = 0.5, h = 5 on every sample: one per ≈ 400 samples) would raise ≈ 50,000.
		// The same series also go through a relaxed chart (k = 0.5, h = 4) whose false alarms are frequent enough
		// to count: Siegmund's approximation gives it ARL0 ≈ 169 windows with a known baseline, ≈ 142 averaged
		// over baselines learnt from 180 windows. Measuring that on the window means of correlated samples is
		// what justifies extrapolating the design figures to the defaults.
		int signals = 50;
		long judgedSeconds = 12 * 3600;
		DriftParameters.Entry relaxedEntry = DriftParameters.DEFAULT.withCusum(0.5, 4);
		Random random = new Random(2026);
		CollectedFrames defaults = new CollectedFrames();
		CollectedFrames relaxed = new CollectedFrames();
		long windows = 0;
		for (int s = 0; s < signals; s++) {
			DriftDetector standard = new DriftDetector(pressure, DriftParameters.defaults().forSignal(pressure),
					new DriftStatistics(1));
			DriftDetector sensitive = new DriftDetector(pressure, relaxedEntry.withSigmaFloor(1e-3),
					new DriftStatistics(1));
			Noise noise = new Noise(random);
			// every signal its own hour offset, so the runs are not one series cut in pieces
			long start = s * 100_000L * PER_SECOND;
			long end = start + (WARM_UP_SECONDS + judgedSeconds) * PER_SECOND;
			for (long tenth = start; tenth <= end; tenth++) {
				double x = 5 + noise.next();
				feed(standard, x, tenth, defaults);
				feed(sensitive, x, tenth, relaxed);
			}
			windows += judgedSeconds / WINDOW_SECONDS;
			Instant warmedUp = at(start / (double) PER_SECOND + WARM_UP_SECONDS);
			for (EventFrame frame : relaxed.opened) {
				assertTrue(frame.start().isAfter(warmedUp) || frame.start().isBefore(at(start / 10.0)),
						"the warm-up does not alarm: " + frame);
			}
		}
		int alarms = defaults.openedBy(DriftDetector.CUSUM_SOURCE).size();
		int relaxedAlarms = relaxed.openedBy(DriftDetector.CUSUM_SOURCE).size();
		double relaxedArl = (double) windows / relaxedAlarms;
		System.out.printf(
				"drift, AR(1) phi 0.8 at 10 Hz, %d signal-hours (%d windows): defaults %d false alarms (bound %.4f);"
						+ " relaxed k 0.5 h 4: %d alarms, one per %.0f windows (Siegmund, learnt baselines: 142)%n",
				signals * judgedSeconds / 3600, windows, alarms, windows / 7.5e7, relaxedAlarms, relaxedArl);
		assertEquals(0, alarms, "the defaults stay below their documented bound");
		assertEquals(0, defaults.openedBy(DriftDetector.EWMA_SOURCE).size(), "the EWMA is off by default");
		assertTrue(relaxedArl > 142 / 1.5 && relaxedArl < 142 * 1.5,
				"the relaxed chart's measured run length " + relaxedArl + " is not its design's");
	}

	@Test
	void aRampDriftIsFlaggedWithinTheDataTimeItsDesignAllows() {
		// like the virtual plant's Fault.drift(0.0005): 0.0005 units per second on a transmitter of span 10 with
		// σ 0.1 noise. Per window the mean moves by r = 0.005 units = r/σ_w ≈ 0.17 σ of the window means. Without
		// noise the upper sum starts once the ramp exceeds k (k/r windows) and then grows as r·n²/2: it crosses h
		// after k/r + √(2h/r) ≈ 4.5 + 13 windows; one window more for the window that must close. With σ_w from
		// the baseline actually learnt this is the bound (≈ 3 min of data time); noise makes it earlier on average.
		double unitsPerSecond = 0.0005;
		Random random = new Random(77);
		int signals = 20;
		double totalDelay = 0;
		double worstRatio = 0;
		double boundSum = 0;
		for (int s = 0; s < signals; s++) {
			DriftStatistics statistics = new DriftStatistics(1);
			DriftDetector detector = new DriftDetector(pressure, DriftParameters.defaults().forSignal(pressure),
					statistics);
			CollectedFrames frames = new CollectedFrames();
			Noise noise = new Noise(random);
			long tenth = 0;
			for (; tenth < WARM_UP_SECONDS * PER_SECOND; tenth++) {
				feed(detector, 5 + noise.next(), tenth, frames);
			}
			detector.onTime(at(WARM_UP_SECONDS), frames);
			DriftReading learnt = statistics.current(pressure).orElseThrow();
			assertTrue(!learnt.warmingUp() && frames.opened.isEmpty(), "the warm-up does not alarm");
			assertEquals(0.03, learnt.sigma(), 0.006, "σ of the window means");
			double perWindow = unitsPerSecond * WINDOW_SECONDS / learnt.sigma();
			double bound = DriftParameters.DEFAULT.k() / perWindow
					+ Math.sqrt(2 * DriftParameters.DEFAULT.h() / perWindow) + 1;
			long rampAt = tenth;
			long limit = rampAt + 3600L * PER_SECOND;
			while (frames.opened.isEmpty() && tenth < limit) {
				double drift = unitsPerSecond * (tenth - rampAt) / PER_SECOND;
				feed(detector, 5 + drift + noise.next(), tenth, frames);
				tenth++;
			}
			assertEquals(1, frames.openedBy(DriftDetector.CUSUM_SOURCE).size(), "the ramp is flagged within an hour");
			double delayWindows = (frames.opened.get(0).start().toEpochMilli() - at(rampAt / 10.0).toEpochMilli())
					/ (WINDOW_SECONDS * 1000.0);
			totalDelay += delayWindows;
			boundSum += bound;
			worstRatio = Math.max(worstRatio, delayWindows / bound);
			assertTrue(delayWindows >= bound / 3, "flagged after " + delayWindows + " windows: too early for a ramp");
		}
		double mean = totalDelay / signals;
		double meanBound = boundSum / signals;
		System.out.printf("drift, ramp 0.0005 units/s on AR(1) noise: mean delay %.1f windows (%.0f s), bound %.1f;"
				+ " worst %.2f × its bound%n", mean, mean * WINDOW_SECONDS, meanBound, worstRatio);
		assertTrue(mean <= meanBound, "mean delay " + mean + " windows, bound " + meanBound);
		assertTrue(worstRatio <= 1.5, "worst delay " + worstRatio + " × its bound");
	}

	@Test
	void aWildWarmUpDoesNotAlarm() {
		DriftStatistics statistics = new DriftStatistics(DriftParameters.DEFAULT_WARM_UP);
		DriftDetector detector = new DriftDetector(pressure, DriftParameters.defaults().forSignal(pressure),
				statistics);
		CollectedFrames frames = new CollectedFrames();
		Random random = new Random(5);
		long tenth = 0;
		for (; tenth < WARM_UP_SECONDS * PER_SECOND; tenth++) {
			// a ramp over the whole span with spikes: learnt, never judged
			double x = tenth * 1e-3 + (random.nextInt(50) == 0 ? 1e4 : 0);
			feed(detector, x, tenth, frames);
		}
		detector.onTime(at(WARM_UP_SECONDS), frames);
		assertEquals(DriftParameters.DEFAULT_WARM_UP, statistics.recent(pressure).size());
		assertTrue(statistics.recent(pressure).stream().limit(DriftParameters.DEFAULT_WARM_UP - 1)
				.allMatch(DriftReading::warmingUp));
		assertTrue(statistics.recent(pressure).stream().allMatch(r -> r.cusum() == 0));
		assertEquals(0, frames.opened.size());
	}
}
