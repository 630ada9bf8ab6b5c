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
 * and never grows after: 45 bytes a reading, the eight statistics as floats (a chart's resolution), the time and flags
 * exact. The latest reading is also kept whole, as the detector computed it. A {@link DriftReading} of the history is
 * made only when asked for. Written on the engine's thread, read from any (all methods hold the ring's lock).
 */
final class DriftReadingRing {
	/** Floats a reading takes: value, mean, sigma, the two CUSUM sums, h, the EWMA and its limit. */
	private static final int STRIDE = 8;
	private static final int WARMING_UP = 1;
	private static final int CUSUM_SIGNAL = 2;
	private static final int EWMA_SIGNAL = 4;

	private final int capacity;
	private final long[] seconds;
	private final int[] nanos;
	private final byte[] flags;
	private final float[] statistics;
	/** {@code size} readings from slot {@code head}, wrapping around. */
	private int head;
	private int size;
	private @Nullable DriftReading latest;

	DriftReadingRing(int capacity) {
		this.capacity = capacity;
		this.seconds = new long[capacity];
		this.nanos = new int[capacity];
		this.flags = new byte[capacity];
		this.statistics = new float[capacity * STRIDE];
	}

	/** The bytes one reading of the history takes. */
	static int bytesPerReading() {
		return Long.BYTES + Integer.BYTES + Byte.BYTES + STRIDE * Float.BYTES;
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
		seconds[slot] = time.getEpochSecond();
		nanos[slot] = time.getNano();
		flags[slot] = (byte) ((warmingUp ? WARMING_UP : 0) | (cusumSignal ? CUSUM_SIGNAL : 0)
				| (ewmaSignal ? EWMA_SIGNAL : 0));
		int i = slot * STRIDE;
		float[] s = statistics;
		s[i] = (float) value;
		s[i + 1] = (float) mean;
		s[i + 2] = (float) sigma;
		s[i + 3] = (float) cusumHigh;
		s[i + 4] = (float) cusumLow;
		s[i + 5] = (float) h;
		s[i + 6] = (float) ewma;
		s[i + 7] = (float) ewmaLimit;
		latest = new DriftReading(time, value, warmingUp, mean, sigma, cusumHigh, cusumLow, h, cusumSignal, ewma,
				ewmaLimit, ewmaSignal);
	}

	/** The latest reading at full precision. */
	synchronized @Nullable DriftReading latest() {
		return latest;
	}

	/** The readings kept, oldest first, their statistics at a float's precision. */
	synchronized List<DriftReading> all() {
		List<DriftReading> all = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			all.add(reading((head + i) % capacity));
		}
		return List.copyOf(all);
	}

	private DriftReading reading(int slot) {
		int flag = flags[slot];
		float[] s = statistics;
		int i = slot * STRIDE;
		return new DriftReading(Instant.ofEpochSecond(seconds[slot], nanos[slot]), s[i], (flag & WARMING_UP) != 0,
				s[i + 1], s[i + 2], s[i + 3], s[i + 4], s[i + 5], (flag & CUSUM_SIGNAL) != 0, s[i + 6], s[i + 7],
				(flag & EWMA_SIGNAL) != 0);
	}
}
