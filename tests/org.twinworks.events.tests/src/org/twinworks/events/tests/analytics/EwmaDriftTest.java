// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinworks.events.analytics.Baseline;
import org.twinworks.events.analytics.Ewma;

/**
 * The EWMA chart with the textbook λ = 0.1, L = 3 against Lucas and Saccucci's tables (ARL0 ≈ 840, ARL1(1 σ) ≈
 * 10.3): its false alarms are frequent enough to count. The defaults (λ = 0.05, L = 6, for window means) get their
 * detection delay measured.
 */
class EwmaDriftTest {
	private static final int WARM_UP = 200;

	private static Ewma ewma() {
		return new Ewma(0.1, 3, new Baseline(WARM_UP, 1e-9));
	}

	@Test
	void theDefaultsFlagOneAndTwoSigmaShiftsWithinTheirDocumentedRunLengths() {
		assertEquals(0.05, Ewma.DEFAULT_LAMBDA);
		assertEquals(6, Ewma.DEFAULT_L);
		Random random = new Random(13);
		double[] documented = {47.2, 13.5};
		for (int shift = 1; shift <= 2; shift++) {
			int runs = 400;
			long total = 0;
			for (int run = 0; run < runs; run++) {
				Ewma ewma = new Ewma(Ewma.DEFAULT_LAMBDA, Ewma.DEFAULT_L, new Baseline(180, 1e-9));
				for (int i = 0; i < 180; i++) {
					assertFalse(ewma.add(random.nextGaussian()));
				}
				int delay = 1;
				while (!ewma.add(random.nextGaussian() + shift) && delay < 10_000) {
					delay++;
				}
				total += delay;
			}
			double mean = (double) total / runs;
			System.out.printf("EWMA defaults, %d sigma step: mean delay %.1f points (Markov chain %.1f)%n", shift, mean,
					documented[shift - 1]);
			assertEquals(documented[shift - 1], mean, 0.2 * documented[shift - 1]);
		}
	}

	@Test
	void itsLimitIsTheAsymptoticOne() {
		assertEquals(3 * Math.sqrt(0.1 / 1.9), ewma().limit(), 1e-12);
		assertEquals(6 * Math.sqrt(0.05 / 1.95),
				new Ewma(Ewma.DEFAULT_LAMBDA, Ewma.DEFAULT_L, new Baseline(2, 1)).limit(), 1e-12);
	}

	@Test
	void aOneSigmaStepIsFlaggedWithinItsAverageRunLength() {
		Random random = new Random(11);
		int runs = 2000;
		long total = 0;
		for (int run = 0; run < runs; run++) {
			Ewma ewma = ewma();
			for (int i = 0; i < WARM_UP; i++) {
				assertFalse(ewma.add(random.nextGaussian()));
			}
			int delay = 1;
			while (!ewma.add(random.nextGaussian() + 1)) {
				delay++;
			}
			total += delay;
		}
		double mean = (double) total / runs;
		System.out.printf("EWMA 1 sigma step: mean delay %.2f samples (table 10.3)%n", mean);
		assertEquals(10.3, mean, 2.0);
	}

	@Test
	void aHealthySignalFalseAlarmsRarelyOverAMillionSamples() {
		// as for CUSUM: 1,000 signals × 1,000 samples, each with its own learnt baseline
		Random random = new Random(99);
		int alarms = 0;
		for (int s = 0; s < 1000; s++) {
			Ewma ewma = ewma();
			boolean was = false;
			for (int i = 0; i < WARM_UP + 1000; i++) {
				boolean now = ewma.add(random.nextGaussian());
				if (now && !was) {
					alarms++;
				}
				was = now;
			}
		}
		double rate = alarms / 1e6;
		System.out.printf("EWMA healthy: %d alarms in 1000000 samples (1 in %.0f; table ARL0 ~840)%n", alarms,
				1 / rate);
		// documented bound: at most one per 400 samples (840 with a known baseline; a learnt one costs some), at
		// least one per 2,000 (the chart is what it claims)
		assertTrue(rate <= 1 / 400.0, "false-alarm rate " + rate);
		assertTrue(rate >= 1 / 2000.0, "false-alarm rate " + rate);
	}
}
