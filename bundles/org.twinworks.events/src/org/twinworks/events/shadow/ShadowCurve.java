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
	private final ShadowSample[] ring;
	private int next;
	private int size;

	public ShadowCurve(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("a curve keeps at least one sample, not " + capacity);
		}
		ring = new ShadowSample[capacity];
	}

	public int capacity() {
		return ring.length;
	}

	synchronized void add(ShadowSample sample) {
		ring[next] = sample;
		next = (next + 1) % ring.length;
		size = Math.min(size + 1, ring.length);
	}

	/** Every sample kept, oldest first. */
	public synchronized List<ShadowSample> samples() {
		List<ShadowSample> samples = new ArrayList<>(size);
		int first = (next - size + ring.length) % ring.length;
		for (int i = 0; i < size; i++) {
			samples.add(ring[(first + i) % ring.length]);
		}
		return samples;
	}

	/** The samples from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
	public List<ShadowSample> between(Instant from, Instant to) {
		return samples().stream().filter(s -> !s.time().isBefore(from) && s.time().isBefore(to)).toList();
	}

	public synchronized Optional<ShadowSample> latest() {
		return size == 0 ? Optional.empty() : Optional.of(ring[(next - 1 + ring.length) % ring.length]);
	}
}
