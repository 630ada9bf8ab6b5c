package org.twinworks.live;

import java.util.ArrayList;
import java.util.List;

/** The last {@code capacity} values of one signal; the oldest is overwritten, so memory stays bounded. */
final class HistoryRing {
	private final SignalValue[] values;
	private int next;
	private int size;

	HistoryRing(int capacity) {
		values = new SignalValue[capacity];
	}

	synchronized void add(SignalValue value) {
		values[next] = value;
		next = (next + 1) % values.length;
		size = Math.min(size + 1, values.length);
	}

	/** Oldest first. */
	synchronized List<SignalValue> toList() {
		List<SignalValue> list = new ArrayList<>(size);
		int start = (next - size + values.length) % values.length;
		for (int i = 0; i < size; i++) {
			list.add(values[(start + i) % values.length]);
		}
		return list;
	}
}
