// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.twinworks.model.Signal;

/**
 * Where each signal's values sit in a recording, built once when it is opened: per signal the positions of its
 * values (ascending), and every value's arrival in epoch nanoseconds. A seek then finds a signal's values up to
 * any time with two binary searches instead of a scan from the start, so its cost follows what it puts into the
 * store, not the recording's length. About 12 bytes a recorded value.
 */
final class SeekIndex {
	private final long[] arrivals;
	private final Map<Signal, int[]> positions;

	SeekIndex(List<RecordedValue> values, Function<RecordedValue, Signal> signals) {
		arrivals = new long[values.size()];
		Map<Signal, int[]> growing = new LinkedHashMap<>();
		Map<Signal, Integer> counts = new LinkedHashMap<>();
		long previous = Long.MIN_VALUE;
		for (int i = 0; i < arrivals.length; i++) {
			RecordedValue value = values.get(i);
			// the recorder stamps batches with the wall clock, which may step back: keep the order searchable
			previous = Math.max(previous, nanos(value));
			arrivals[i] = previous;
			Signal signal = signals.apply(value);
			if (signal != null) {
				int count = counts.merge(signal, 1, Integer::sum);
				int[] list = growing.get(signal);
				if (list == null || list.length < count) {
					list = list == null ? new int[8] : Arrays.copyOf(list, list.length * 2);
					growing.put(signal, list);
				}
				list[count - 1] = i;
			}
		}
		positions = new LinkedHashMap<>();
		growing.forEach((signal, list) -> positions.put(signal, Arrays.copyOf(list, counts.get(signal))));
	}

	/** The number of values that arrived at or before {@code epochNanos}: where playing goes on after a seek. */
	int cut(long epochNanos) {
		int low = 0;
		int high = arrivals.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (arrivals[mid] > epochNanos) {
				high = mid;
			} else {
				low = mid + 1;
			}
		}
		return low;
	}

	/** The first position at or after {@code from} (a value position), as an index into the signal's list. */
	static int firstAtOrAfter(int[] list, int from) {
		int i = Arrays.binarySearch(list, from);
		return i >= 0 ? i : -i - 1;
	}

	Map<Signal, int[]> positions() {
		return positions;
	}

	static long nanos(RecordedValue value) {
		return value.arrival().getEpochSecond() * 1_000_000_000L + value.arrival().getNano();
	}
}
