// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.twinworks.events.analytics.SlidingCount;

class SlidingCountTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void countsTheEventsInTheWindowAndSaysWhenTheyFallBelow() {
		SlidingCount count = new SlidingCount(Duration.ofSeconds(10));
		count.add(T0);
		count.add(T0.plusSeconds(2));
		count.add(T0.plusSeconds(4));
		assertEquals(3, count.count(T0.plusSeconds(5)));
		assertEquals(T0.plusSeconds(10), count.fallsBelow(3), "the oldest leaves first");
		assertEquals(T0.plusSeconds(14), count.fallsBelow(1), "the newest leaves last");
		assertNull(count.fallsBelow(4), "already below 4");
		assertEquals(2, count.count(T0.plusSeconds(10)), "an event exactly a window old has left");
		assertEquals(0, count.count(T0.plusSeconds(14)));
		assertThrows(IllegalArgumentException.class, () -> new SlidingCount(Duration.ZERO));
	}

	/**
	 * Many events over many windows, the ring growing and wrapping around: every answer the same as a plain list's
	 * (the window's content, the oldest first).
	 */
	@Test
	void agreesWithAPlainListOverALongRun() {
		Duration window = Duration.ofMinutes(10);
		SlidingCount count = new SlidingCount(window);
		List<Instant> all = new ArrayList<>();
		int first = 0; // all from here on are in the window
		Random random = new Random(17);
		Instant now = T0;
		for (int i = 0; i < 200_000; i++) {
			// bursts and quiet spells, so the window holds from none to thousands of events
			long gapMillis = i % 20_000 < 5_000 ? random.nextInt(20) : random.nextInt(2_000);
			now = now.plusMillis(gapMillis);
			count.add(now);
			all.add(now);
			Instant oldest = now.minus(window);
			while (!all.get(first).isAfter(oldest)) {
				first++;
			}
			if (i % 97 == 0) {
				List<Instant> reference = all.subList(first, all.size());
				assertEquals(reference.size(), count.count(now), "count after " + i + " events");
				for (int n : new int[]{1, 5, 10, reference.size(), reference.size() + 1}) {
					Instant expected = reference.size() - n < 0 || n < 1
							? null
							: reference.get(reference.size() - n).plus(window);
					assertEquals(expected, count.fallsBelow(n), "falls below " + n + " after " + i + " events");
				}
			}
		}
	}
}
