// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twinworks.events.analytics.RobustStats;

class RobustStatsTest {

	@Test
	void medianOfOddAndEvenCounts() {
		assertEquals(3, RobustStats.median(5, 1, 3));
		assertEquals(2.5, RobustStats.median(4, 1, 3, 2));
	}

	@Test
	void madAndTheModifiedZScore() {
		RobustStats stats = RobustStats.of(1, 2, 3, 4, 100);
		assertEquals(3, stats.median());
		assertEquals(1, stats.mad()); // deviations 2 1 0 1 97
		assertEquals(0.6745 * 97, stats.z(100), 1e-12);
		assertTrue(stats.isOutlier(100, 3.5));
		assertFalse(stats.isOutlier(4, 3.5));
	}

	@Test
	void aZeroMadFallsBackToTheMeanAbsoluteDeviation() {
		RobustStats stats = RobustStats.of(42, 42, 42, 42, 42, 42, 42, 48.3);
		assertEquals(0, stats.mad());
		double meanAd = 6.3 / 8;
		assertEquals(6.3 / (1.253314 * meanAd), stats.z(48.3), 1e-9);
		assertEquals(0, stats.z(42));
	}

	@Test
	void identicalValuesScoreZero() {
		RobustStats stats = RobustStats.of(7, 7, 7);
		assertEquals(0, stats.z(7));
		assertEquals(0, stats.z(9), "nothing to scale by: no score rather than an infinite one");
	}

	@Test
	void aMadFloorKeepsNoiseFromLookingLikeAnOutlier() {
		RobustStats stats = RobustStats.of(42.0, 42.01, 41.99, 42.0, 42.01, 41.99, 42.08);
		assertEquals(0.01, stats.mad(), 1e-9);
		assertTrue(stats.isOutlier(42.08, 3.5), "MAD 0.01: 0.08 A away already scores " + stats.z(42.08));
		assertEquals(0.6745 * 0.08 / 0.42, stats.z(42.08, 0.42), 1e-9);
		assertEquals(stats.z(42.08), stats.z(42.08, 0), 1e-12);
	}

	@Test
	void emptyOrNanIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> RobustStats.of());
		assertThrows(IllegalArgumentException.class, () -> RobustStats.of(1, Double.NaN));
	}
}
