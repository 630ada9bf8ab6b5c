// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.Arrays;

/**
 * The decimated tier behind a signal's ring of raw values: per time bucket (aligned to multiples of the bucket
 * width in epoch milliseconds) the smallest and largest value that fell into it, for the last {@code buckets}
 * buckets. It is what a trend zoomed out to the hour draws (an envelope), at a fixed cost: 24 bytes a bucket
 * (start, min, max), so the default hour of one-second buckets is 86,400 bytes a trended signal, however fast
 * the signal changes.
 * <p>
 * Values are expected in time order. A value for an older bucket still held updates it; one for a bucket that
 * no longer exists (or never had a value) is dropped, since inserting into the middle of the ring would cost
 * more than the envelope is worth. NaN (a bad or non-numeric value) is not recorded.
 */
public final class MinMaxHistory {
	private final long bucketMillis;
	private final long[] starts;
	private final double[] mins;
	private final double[] maxs;
	private int head;
	private int size;

	public MinMaxHistory(long bucketMillis, int buckets) {
		if (bucketMillis < 1 || buckets < 1) {
			throw new IllegalArgumentException("bucket width and count must be positive");
		}
		this.bucketMillis = bucketMillis;
		starts = new long[buckets];
		mins = new double[buckets];
		maxs = new double[buckets];
	}

	public long bucketMillis() {
		return bucketMillis;
	}

	/** The time this tier covers at most: its bucket count times the bucket width. */
	public long spanMillis() {
		return bucketMillis * starts.length;
	}

	public synchronized void add(long timeMillis, double value) {
		if (Double.isNaN(value)) {
			return;
		}
		long start = Math.floorDiv(timeMillis, bucketMillis) * bucketMillis;
		if (size > 0) {
			int newest = slot(size - 1);
			if (start == starts[newest]) {
				widen(newest, value);
				return;
			}
			if (start < starts[newest]) {
				late(start, value);
				return;
			}
		}
		int slot;
		if (size == starts.length) {
			slot = head;
			head = (head + 1) % starts.length;
		} else {
			slot = slot(size++);
		}
		starts[slot] = start;
		mins[slot] = value;
		maxs[slot] = value;
		// buckets older than the span behind the newest go, even when the ring is not full (a gap in the data)
		long cutoff = start - spanMillis();
		while (size > 1 && starts[head] <= cutoff) {
			head = (head + 1) % starts.length;
			size--;
		}
	}

	public synchronized void clear() {
		head = 0;
		size = 0;
	}

	public synchronized int size() {
		return size;
	}

	/** A copy, oldest bucket first. */
	public synchronized Envelope snapshot() {
		long[] s = new long[size];
		double[] lo = new double[size];
		double[] hi = new double[size];
		for (int i = 0; i < size; i++) {
			int slot = slot(i);
			s[i] = starts[slot];
			lo[i] = mins[slot];
			hi[i] = maxs[slot];
		}
		return new Envelope(bucketMillis, s, lo, hi);
	}

	private void late(long start, double value) {
		for (int i = size - 2; i >= 0; i--) {
			int slot = slot(i);
			if (starts[slot] == start) {
				widen(slot, value);
				return;
			}
			if (starts[slot] < start) {
				return;
			}
		}
	}

	private void widen(int slot, double value) {
		mins[slot] = Math.min(mins[slot], value);
		maxs[slot] = Math.max(maxs[slot], value);
	}

	private int slot(int index) {
		return (head + index) % starts.length;
	}

	/**
	 * The buckets of a {@link MinMaxHistory} at one instant, oldest first: bucket {@code i} covers
	 * {@code [start(i), start(i) + bucketMillis)}.
	 */
	public record Envelope(long bucketMillis, long[] starts, double[] mins, double[] maxs) {
		public static final Envelope EMPTY = new Envelope(1, new long[0], new double[0], new double[0]);

		public int size() {
			return starts.length;
		}

		/** The index of the last bucket starting at or before {@code timeMillis}, -1 when there is none. */
		public int indexAt(long timeMillis) {
			int i = Arrays.binarySearch(starts, Math.floorDiv(timeMillis, bucketMillis) * bucketMillis);
			return i >= 0 ? i : -i - 2;
		}
	}
}
