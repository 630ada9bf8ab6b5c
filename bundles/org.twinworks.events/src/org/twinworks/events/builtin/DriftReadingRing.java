// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One signal's latest drift readings, the oldest overwritten once {@code capacity} are kept. The ring takes its whole
 * room when made (a signal's first window), so a plant's drift history costs its full amount within the first window
 * and never grows after. A reading is 48 bytes side by side in one {@code int[]} (one cache line written a window):
 * the time and flags exact, the eight statistics as floats, a chart's resolution. A {@link DriftReading} is made only
 * when asked for. Written on the engine's thread, read from any (all methods hold the ring's lock).
 */
final class DriftReadingRing {
	/** Ints a reading takes: the epoch second (two), the nanosecond, the flags, then the eight floats' bits. */
	private static final int STRIDE = 12;
	private static final int WARMING_UP = 1;
	private static final int CUSUM_SIGNAL = 2;
	private static final int EWMA_SIGNAL = 4;

	private final int capacity;
	private final int[] data;
	/** {@code size} readings from slot {@code head}, wrapping around. */
	private int head;
	private int size;

	DriftReadingRing(int capacity) {
		this.capacity = capacity;
		this.data = new int[Math.multiplyExact(capacity, STRIDE)];
	}

	/** The bytes one reading takes. */
	static int bytesPerReading() {
		return STRIDE * Integer.BYTES;
	}

	/** Adds a reading (the fields of {@link DriftReading}), dropping the oldest when full. */
	synchronized void add(Instant time, double value, boolean warmingUp, double mean, double sigma, double cusumHigh,
			double cusumLow, double h, boolean cusumSignal, double ewma, double ewmaLimit, boolean ewmaSignal) {
		int slot;
		if (size == capacity) {
			slot = head;
			head = (head + 1) % capacity;
		} else {
			slot = (head + size) % capacity;
			size++;
		}
		int[] d = data;
		int i = slot * STRIDE;
		long second = time.getEpochSecond();
		d[i] = (int) second;
		d[i + 1] = (int) (second >>> 32);
		d[i + 2] = time.getNano();
		d[i + 3] = (warmingUp ? WARMING_UP : 0) | (cusumSignal ? CUSUM_SIGNAL : 0) | (ewmaSignal ? EWMA_SIGNAL : 0);
		d[i + 4] = Float.floatToRawIntBits((float) value);
		d[i + 5] = Float.floatToRawIntBits((float) mean);
		d[i + 6] = Float.floatToRawIntBits((float) sigma);
		d[i + 7] = Float.floatToRawIntBits((float) cusumHigh);
		d[i + 8] = Float.floatToRawIntBits((float) cusumLow);
		d[i + 9] = Float.floatToRawIntBits((float) h);
		d[i + 10] = Float.floatToRawIntBits((float) ewma);
		d[i + 11] = Float.floatToRawIntBits((float) ewmaLimit);
	}

	synchronized @Nullable DriftReading latest() {
		return size == 0 ? null : reading((head + size - 1) % capacity);
	}

	/** The readings kept, oldest first. */
	synchronized List<DriftReading> all() {
		List<DriftReading> all = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			all.add(reading((head + i) % capacity));
		}
		return List.copyOf(all);
	}

	private DriftReading reading(int slot) {
		int[] d = data;
		int i = slot * STRIDE;
		long second = (d[i] & 0xFFFF_FFFFL) | (long) d[i + 1] << 32;
		int flags = d[i + 3];
		return new DriftReading(Instant.ofEpochSecond(second, d[i + 2]), f(d[i + 4]), (flags & WARMING_UP) != 0,
				f(d[i + 5]), f(d[i + 6]), f(d[i + 7]), f(d[i + 8]), f(d[i + 9]), (flags & CUSUM_SIGNAL) != 0,
				f(d[i + 10]), f(d[i + 11]), (flags & EWMA_SIGNAL) != 0);
	}

	private static double f(int bits) {
		return Float.intBitsToFloat(bits);
	}
}
