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

/** The EWMA chart (λ = 0.1, L = 3) against Lucas and Saccucci's tables: ARL0 ≈ 840, ARL1(1 σ) ≈ 10.3. */
class EwmaDriftTest {
	private static final int WARM_UP = 200;

	private static Ewma ewma() {
		return new Ewma(Ewma.DEFAULT_LAMBDA, Ewma.DEFAULT_L, new Baseline(WARM_UP, 1e-9));
	}

	@Test
	void itsLimitIsTheAsymptoticOne() {
		assertEquals(3 * Math.sqrt(0.1 / 1.9), ewma().limit(), 1e-12);
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
