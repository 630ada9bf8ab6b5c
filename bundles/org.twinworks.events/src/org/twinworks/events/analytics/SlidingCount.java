// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * How many events happened in the last {@code window}: the rate of alarms in an area. The times are kept in a ring
 * with random access, so {@link #fallsBelow} costs the same with ten events in the window or a hundred thousand (an
 * alarm flood over a long recording judged on every new alarm). Not thread-safe.
 */
public final class SlidingCount {
	private final Duration window;
	/** The events' times, oldest at {@code head}, {@code size} of them, wrapping around. */
	private Instant[] times = new Instant[16];
	private int head;
	private int size;

	public SlidingCount(Duration window) {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("the window must be positive, not " + window);
		}
		this.window = window;
	}

	/** Counts one event at {@code at} (times in non-decreasing order). */
	public void add(Instant at) {
		if (size == times.length) {
			grow();
		}
		times[(head + size) % times.length] = at;
		size++;
		expire(at);
	}

	/** The events in (now − window, now]. */
	public int count(Instant now) {
		expire(now);
		return size;
	}

	/**
	 * The earliest time at which, without new events, the count is below {@code n}: null when it is already (as
	 * of the last call).
	 */
	public @Nullable Instant fallsBelow(int n) {
		int leave = size - n; // events that must leave the window, the oldest first: the next one to leave is this
		if (leave < 0) {
			return null;
		}
		if (leave >= size) {
			throw new NoSuchElementException("no event to leave the window for a count below " + n);
		}
		return times[(head + leave) % times.length].plus(window);
	}

	private void expire(Instant now) {
		Instant oldest = now.minus(window);
		while (size > 0 && !times[head].isAfter(oldest)) {
			times[head] = null;
			head = (head + 1) % times.length;
			size--;
		}
	}

	private void grow() {
		Instant[] larger = new Instant[times.length * 2];
		for (int i = 0; i < size; i++) {
			larger[i] = times[(head + i) % times.length];
		}
		times = larger;
		head = 0;
	}
}
