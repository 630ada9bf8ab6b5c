// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One signal's latest drift readings as primitives, the oldest overwritten once {@code capacity} are kept: each
 * reading's fields side by side in one {@code long[]} (a reading is one or two cache lines, as an object would be).
 * A {@link DriftReading} is made only when asked for: over a long analysis of thousands of signals the rings hold
 * millions of readings, and as objects each was promoted and later collected from the old generation. Written on
 * the engine's thread, read from any (all methods hold the ring's lock).
 */
final class DriftReadingRing {
	/** Longs a reading takes: seconds, nanos and flags, then the eight doubles' bits. */
	private static final int STRIDE = 10;
	private static final int WARMING_UP = 1;
	private static final int CUSUM_SIGNAL = 2;
	private static final int EWMA_SIGNAL = 4;

	private final int capacity;
	/** {@code size} readings from reading {@code head}, wrapping around; grown up to capacity readings. */
	private long[] data;
	private int head;
	private int size;

	DriftReadingRing(int capacity) {
		this.capacity = capacity;
		this.data = new long[Math.min(capacity, 16) * STRIDE];
	}

	/** Adds a reading (the fields of {@link DriftReading}), dropping the oldest when full. */
	synchronized void add(Instant time, double value, boolean warmingUp, double mean, double sigma, double cusumHigh,
			double cusumLow, double h, boolean cusumSignal, double ewma, double ewmaLimit, boolean ewmaSignal) {
		int length = data.length / STRIDE;
		int slot;
		if (size == capacity) {
			slot = head;
			head = (head + 1) % length;
		} else {
			if (size == length) {
				grow();
				length = data.length / STRIDE;
			}
			slot = (head + size) % length;
			size++;
		}
		int i = slot * STRIDE;
		long[] d = data;
		d[i] = time.getEpochSecond();
		d[i + 1] = (long) time.getNano() << 8 | (warmingUp ? WARMING_UP : 0) | (cusumSignal ? CUSUM_SIGNAL : 0)
				| (ewmaSignal ? EWMA_SIGNAL : 0);
		d[i + 2] = Double.doubleToRawLongBits(value);
		d[i + 3] = Double.doubleToRawLongBits(mean);
		d[i + 4] = Double.doubleToRawLongBits(sigma);
		d[i + 5] = Double.doubleToRawLongBits(cusumHigh);
		d[i + 6] = Double.doubleToRawLongBits(cusumLow);
		d[i + 7] = Double.doubleToRawLongBits(h);
		d[i + 8] = Double.doubleToRawLongBits(ewma);
		d[i + 9] = Double.doubleToRawLongBits(ewmaLimit);
	}

	synchronized @Nullable DriftReading latest() {
		return size == 0 ? null : reading((head + size - 1) % (data.length / STRIDE));
	}

	/** The readings kept, oldest first. */
	synchronized List<DriftReading> all() {
		List<DriftReading> all = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			all.add(reading((head + i) % (data.length / STRIDE)));
		}
		return List.copyOf(all);
	}

	private DriftReading reading(int slot) {
		long[] d = data;
		int i = slot * STRIDE;
		long flags = d[i + 1];
		return new DriftReading(Instant.ofEpochSecond(d[i], flags >>> 8), Double.longBitsToDouble(d[i + 2]),
				(flags & WARMING_UP) != 0, Double.longBitsToDouble(d[i + 3]), Double.longBitsToDouble(d[i + 4]),
				Double.longBitsToDouble(d[i + 5]), Double.longBitsToDouble(d[i + 6]), Double.longBitsToDouble(d[i + 7]),
				(flags & CUSUM_SIGNAL) != 0, Double.longBitsToDouble(d[i + 8]), Double.longBitsToDouble(d[i + 9]),
				(flags & EWMA_SIGNAL) != 0);
	}

	/** Doubles the room (up to capacity), the readings moved to the start in order. */
	private void grow() {
		int length = data.length / STRIDE;
		long[] larger = new long[(int) Math.min(capacity, 2L * length) * STRIDE];
		int first = Math.min(size, length - head);
		System.arraycopy(data, head * STRIDE, larger, 0, first * STRIDE);
		System.arraycopy(data, 0, larger, first * STRIDE, (size - first) * STRIDE);
		data = larger;
		head = 0;
	}
}
