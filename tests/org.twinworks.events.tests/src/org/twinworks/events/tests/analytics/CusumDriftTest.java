// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinworks.events.analytics.Baseline;
import org.twinworks.events.analytics.Cusum;

/**
 * The CUSUM chart against its design figures. Siegmund's approximation of a one-sided chart's average run length
 * for a shift δ (in σ): ARL = (e^(−2Δb) + 2Δb − 1) / (2Δ²), Δ = δ − k, b = h + 1.166. The textbook design k = 0.5,
 * h = 5 (a 1 σ shift ARL1 ≈ 10.3 samples; in control ≈ 938 per side, ≈ 469 two-sided) is measured here because its
 * false alarms are frequent enough to count; the defaults (k = 0.75, h = 14, for window means) are checked against
 * the figures their javadoc documents, and their detection delay measured.
 */
class CusumDriftTest {
	private static final int WARM_UP = 200;
	private static final double TEXTBOOK_K = 0.5;
	private static final double TEXTBOOK_H = 5;

	static double siegmundArl(double shift, double k, double h) {
		double delta = shift - k;
		double b = h + 1.166;
		return (Math.exp(-2 * delta * b) + 2 * delta * b - 1) / (2 * delta * delta);
	}

	private static Cusum cusum() {
		return new Cusum(TEXTBOOK_K, TEXTBOOK_H, new Baseline(WARM_UP, 1e-9));
	}

	/** Samples until the chart signals after the warm-up, for a series that shifts by {@code drift(i)} σ. */
	private static int detectionDelay(Random random, java.util.function.IntToDoubleFunction drift, int limit) {
		Cusum cusum = cusum();
		for (int i = 0; i < WARM_UP; i++) {
			assertFalse(cusum.add(random.nextGaussian()), "the warm-up never signals");
		}
		for (int i = 1; i <= limit; i++) {
			if (cusum.add(random.nextGaussian() + drift.applyAsDouble(i))) {
				return i;
			}
		}
		return limit + 1;
	}

	@Test
	void theDefaultsHaveTheDocumentedRunLengths() {
		assertEquals(0.75, Cusum.DEFAULT_K);
		assertEquals(14, Cusum.DEFAULT_H);
		double perSide = siegmundArl(0, Cusum.DEFAULT_K, Cusum.DEFAULT_H);
		double arl0 = perSide / 2;
		System.out.printf("CUSUM defaults: ARL0 %.3g points (known baseline), ARL1 1 sigma %.1f, 2 sigma %.1f%n", arl0,
				siegmundArl(1, Cusum.DEFAULT_K, Cusum.DEFAULT_H), siegmundArl(2, Cusum.DEFAULT_K, Cusum.DEFAULT_H));
		// 20,000 signals × 8,640 windows a day = 1.7·10⁸ points a day: a known baseline alarms about once in 20 days
		assertTrue(arl0 > 3e9, "ARL0 " + arl0);
		assertEquals(52.7, siegmundArl(1, Cusum.DEFAULT_K, Cusum.DEFAULT_H), 0.1);
		assertEquals(11.8, siegmundArl(2, Cusum.DEFAULT_K, Cusum.DEFAULT_H), 0.1);
	}

	@Test
	void theDefaultsFlagAOneSigmaShiftOfTheWindowMeansWithinTheirAverageRunLength() {
		// a baseline learnt from 180 windows, as DriftParameters does
		Random random = new Random(71);
		int runs = 400;
		long total = 0;
		for (int run = 0; run < runs; run++) {
			Cusum cusum = new Cusum(Cusum.DEFAULT_K, Cusum.DEFAULT_H, new Baseline(180, 1e-9));
			for (int i = 0; i < 180; i++) {
				assertFalse(cusum.add(random.nextGaussian()));
			}
			int delay = 1;
			while (!cusum.add(random.nextGaussian() + 1) && delay < 10_000) {
				delay++;
			}
			total += delay;
		}
		double mean = (double) total / runs;
		double arl1 = siegmundArl(1, Cusum.DEFAULT_K, Cusum.DEFAULT_H);
		System.out.printf("CUSUM defaults, 1 sigma step: mean delay %.1f points (Siegmund %.1f)%n", mean, arl1);
		assertEquals(arl1, mean, 0.15 * arl1);
	}

	@Test
	void theWarmUpNeverSignalsWhateverItSees() {
		Cusum cusum = cusum();
		for (int i = 0; i < WARM_UP; i++) {
			// a wild ramp with spikes: learnt, never judged
			assertFalse(cusum.add(i * 10.0 + (i % 17 == 0 ? 1e6 : 0)));
		}
		assertTrue(cusum.baseline().isLearnt());
		assertEquals(0, cusum.statistic());
	}

	@Test
	void aOneSigmaStepIsFlaggedWithinItsAverageRunLength() {
		double arl1 = siegmundArl(1, TEXTBOOK_K, TEXTBOOK_H);
		assertEquals(10.3, arl1, 0.1);
		Random random = new Random(17);
		int runs = 2000;
		long total = 0;
		int[] delays = new int[runs];
		for (int run = 0; run < runs; run++) {
			delays[run] = detectionDelay(random, i -> 1.0, 1000);
			total += delays[run];
		}
		double mean = (double) total / runs;
		java.util.Arrays.sort(delays);
		int p99 = delays[runs * 99 / 100];
		System.out.printf(
				"CUSUM 1 sigma step: mean delay %.2f samples (Siegmund %.2f), 99th percentile %d, longest %d%n", mean,
				arl1, p99, delays[runs - 1]);
		// the learnt baseline's own error (σ/√200 on the mean) widens the spread, not the mean by much
		assertEquals(arl1, mean, 0.15 * arl1);
		// the upper sum grows by δ − k = 0.5 per sample on average: 99 % of runs within 4 × h/(δ − k) (the tail:
		// baselines learnt badly, their σ too high)
		assertTrue(p99 <= 4 * TEXTBOOK_H / 0.5, "99th percentile " + p99);
	}

	@Test
	void aDownwardStepIsFlaggedToo() {
		Random random = new Random(5);
		int delay = detectionDelay(random, i -> -2.0, 1000);
		// a 2 σ shift: Siegmund ARL1 ≈ 3.9
		assertTrue(delay <= 12, "delay " + delay);
	}

	@Test
	void aSlowRampIsFlaggedWithinItsDeterministicBound() {
		double slope = 0.01; // σ per sample
		// without noise the upper sum starts once the ramp exceeds k (k/slope samples) and then grows as
		// slope·n²/2: it crosses h after k/slope + √(2h/slope) ≈ 81.6 samples; noise only makes it earlier
		double bound = TEXTBOOK_K / slope + Math.sqrt(2 * TEXTBOOK_H / slope);
		Random random = new Random(23);
		int runs = 500;
		long total = 0;
		int longest = 0;
		for (int run = 0; run < runs; run++) {
			int delay = detectionDelay(random, i -> slope * i, 1000);
			total += delay;
			longest = Math.max(longest, delay);
		}
		double mean = (double) total / runs;
		System.out.printf("CUSUM ramp 0.01 sigma/sample: mean delay %.1f samples (bound %.1f), longest %d%n", mean,
				bound, longest);
		assertTrue(mean <= bound, "mean delay " + mean);
		assertTrue(mean >= bound / 2, "mean delay " + mean + ": too early for a ramp this slow");
		assertTrue(longest <= 1.5 * bound, "longest delay " + longest);
	}

	@Test
	void aHealthySignalFalseAlarmsAtAMeasuredRateOverAMillionSamples() {
		// 1,000 signals of 1,000 samples each, every one with its own 200-sample baseline: one long run would
		// measure one baseline's luck (σ learnt from 200 samples is off by ±5 %, and ARL0 depends steeply on it)
		Random random = new Random(42);
		int signals = 1000;
		int samplesEach = 1000;
		int alarms = 0;
		for (int s = 0; s < signals; s++) {
			Cusum cusum = cusum();
			boolean was = false;
			for (int i = 0; i < WARM_UP + samplesEach; i++) {
				boolean now = cusum.add(random.nextGaussian());
				if (now && !was) {
					alarms++;
				}
				was = now;
			}
		}
		int samples = signals * samplesEach;
		double rate = (double) alarms / samples;
		double arl0 = 1 / (2 / siegmundArl(0, TEXTBOOK_K, TEXTBOOK_H));
		System.out.printf("CUSUM healthy: %d alarms in %d samples, rate %.5f (1 in %.0f; design ARL0 %.0f)%n", alarms,
				samples, rate, 1 / rate, arl0);
		// documented bound: at most one false alarm per 300 samples (design 1 per 469 with a known baseline; a
		// learnt one costs some); and not below one per 1,000, or the chart is not what it claims
		assertTrue(rate <= 1 / 300.0, "false-alarm rate " + rate);
		assertTrue(rate >= 1 / 1000.0, "false-alarm rate " + rate);
	}

	@Test
	void aSignalThatSatStillDuringItsWarmUpUsesTheSigmaFloor() {
		Cusum cusum = new Cusum(0.5, 5, new Baseline(10, 0.1));
		for (int i = 0; i < 10; i++) {
			cusum.add(3.0);
		}
		assertEquals(0.1, cusum.baseline().sigma());
		assertFalse(cusum.add(3.05)); // half a floor σ: below k, nothing accumulates
		assertEquals(0, cusum.statistic());
		assertTrue(Double.isFinite(cusum.high()));
	}

	@Test
	void itStopsSignallingOnceBackOnTargetAndAResetRelearns() {
		Cusum cusum = new Cusum(0.5, 5, new Baseline(50, 1e-9));
		Random random = new Random(3);
		for (int i = 0; i < 50; i++) {
			cusum.add(random.nextGaussian());
		}
		int i = 0;
		while (!cusum.add(3) && i < 100) {
			i++;
		}
		assertTrue(i < 5, i + " samples to signal a 3 sigma step");
		// back on the learnt mean: S+ falls by about k a sample until it reaches zero
		int back = 0;
		while (cusum.add(cusum.baseline().mean()) && back < 100) {
			back++;
		}
		assertTrue(back < 30, back + " samples to return");
		assertEquals(0, cusum.high());
		cusum.add(50);
		cusum.reset();
		assertFalse(cusum.baseline().isLearnt());
		assertFalse(cusum.isSignalling());
	}
}
