// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expected and actual curves of one compared signal, kept in a bounded ring (the oldest samples go first) so a
 * view can draw them beside a deviation. Written by the engine's thread, read by any: every access is synchronised.
 */
public final class ShadowCurve {
	private final int capacity;
	// primitive arrays, so hundreds of shadows keep an hour each without boxing; taken whole at the first sample, so a
	// shadow's memory is known from then on instead of growing for the hour it takes to fill
	private long[] times = new long[0];
	private double[] expected = new double[0];
	private double[] actual = new double[0];
	private int next;
	private int size;

	public ShadowCurve(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("a curve keeps at least one sample, not " + capacity);
		}
		this.capacity = capacity;
	}

	public int capacity() {
		return capacity;
	}

	synchronized void add(ShadowSample sample) {
		if (times.length == 0) {
			times = new long[capacity];
			expected = new double[capacity];
			actual = new double[capacity];
		}
		int slot = size < capacity ? size : next;
		times[slot] = sample.time().toEpochMilli();
		expected[slot] = sample.expected();
		actual[slot] = sample.actual();
		size = Math.min(size + 1, capacity);
		next = (slot + 1) % capacity;
	}

	/** Every sample kept, oldest first (times to the millisecond). */
	public synchronized List<ShadowSample> samples() {
		List<ShadowSample> samples = new ArrayList<>(size);
		int first = size < capacity ? 0 : next;
		for (int i = 0; i < size; i++) {
			samples.add(sample((first + i) % capacity));
		}
		return samples;
	}

	/** The samples from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
	public List<ShadowSample> between(Instant from, Instant to) {
		return samples().stream().filter(s -> !s.time().isBefore(from) && s.time().isBefore(to)).toList();
	}

	public synchronized Optional<ShadowSample> latest() {
		return size == 0 ? Optional.empty() : Optional.of(sample((next - 1 + capacity) % capacity));
	}

	private ShadowSample sample(int slot) {
		return new ShadowSample(Instant.ofEpochMilli(times[slot]), expected[slot], actual[slot]);
	}
}
