// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

import org.jspecify.annotations.Nullable;

/** How many events happened in the last {@code window}: the rate of alarms in an area. Not thread-safe. */
public final class SlidingCount {
	private final Duration window;
	private final ArrayDeque<Instant> times = new ArrayDeque<>();

	public SlidingCount(Duration window) {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("the window must be positive, not " + window);
		}
		this.window = window;
	}

	/** Counts one event at {@code at} (times in non-decreasing order). */
	public void add(Instant at) {
		times.addLast(at);
		expire(at);
	}

	/** The events in (now − window, now]. */
	public int count(Instant now) {
		expire(now);
		return times.size();
	}

	/**
	 * The earliest time at which, without new events, the count is below {@code n}: null when it is already (as
	 * of the last call).
	 */
	public @Nullable Instant fallsBelow(int n) {
		int leave = times.size() - n; // events that must leave the window, the oldest first
		if (leave < 0) {
			return null;
		}
		var it = times.iterator();
		for (int i = 0; i < leave; i++) {
			it.next();
		}
		return it.next().plus(window);
	}

	private void expire(Instant now) {
		Instant oldest = now.minus(window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}
}
