// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.util.Arrays;

/**
 * The detectors waiting for a tick, by the data time they asked for ({@code Detector.nextTick}): a binary heap of
 * (time, detector number) in primitive arrays. A detector that asks for an earlier time is pushed again; the
 * later entry stays behind and is dropped when it comes up ({@link #due} keeps each detector's earliest time).
 */
final class TickQueue {
	private long[] times = new long[64];
	private int[] numbers = new int[64];
	private int size;
	/** Per detector, the time it waits for; {@code Long.MAX_VALUE} when none. */
	private final long[] due;

	TickQueue(int detectors) {
		due = new long[detectors];
		Arrays.fill(due, Long.MAX_VALUE);
	}

	/** Detector {@code number} needs a tick at or after {@code time} (earlier than it asked before, or ignored). */
	void request(int number, long time) {
		if (time >= due[number]) {
			return;
		}
		due[number] = time;
		if (size == times.length) {
			times = Arrays.copyOf(times, size * 2);
			numbers = Arrays.copyOf(numbers, size * 2);
		}
		int i = size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (times[parent] <= time) {
				break;
			}
			times[i] = times[parent];
			numbers[i] = numbers[parent];
			i = parent;
		}
		times[i] = time;
		numbers[i] = number;
	}

	/**
	 * Takes every detector due at {@code now} into {@code into} (from {@code from}), sorted by number, and returns
	 * the new count; their requests are forgotten (each is asked again after its call).
	 */
	int takeDue(long now, int[] into, int from) {
		int count = from;
		while (size > 0 && times[0] <= now) {
			long time = times[0];
			int number = numbers[0];
			removeTop();
			if (due[number] == time) {
				due[number] = Long.MAX_VALUE;
				into[count++] = number;
			}
		}
		Arrays.sort(into, from, count);
		return count;
	}

	private void removeTop() {
		size--;
		if (size == 0) {
			return;
		}
		long time = times[size];
		int number = numbers[size];
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= size) {
				break;
			}
			if (child + 1 < size && times[child + 1] < times[child]) {
				child++;
			}
			if (times[child] >= time) {
				break;
			}
			times[i] = times[child];
			numbers[i] = numbers[child];
			i = child;
		}
		times[i] = time;
		numbers[i] = number;
	}
}
