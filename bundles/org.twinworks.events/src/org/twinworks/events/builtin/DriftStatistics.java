// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.twinworks.model.Signal;

/**
 * The drift charts kept with each signal's history: the current reading and the last {@link #capacity()} readings,
 * one per window of data time, for a view to plot: the statistics at a float's precision, in a ring each signal
 * takes whole at its first window ({@link DriftReadingRing}). Written on the engine's thread, read from any thread.
 */
public final class DriftStatistics {
	private final int capacity;
	private final Map<Signal, DriftReadingRing> readings = new ConcurrentHashMap<>();

	public DriftStatistics(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.capacity = capacity;
	}

	public int capacity() {
		return capacity;
	}

	/** The signal's latest reading, empty before its first value. */
	public Optional<DriftReading> current(Signal signal) {
		DriftReadingRing ring = readings.get(signal);
		return ring == null ? Optional.empty() : Optional.ofNullable(ring.latest());
	}

	/** The signal's readings, oldest first. */
	public List<DriftReading> recent(Signal signal) {
		DriftReadingRing ring = readings.get(signal);
		return ring == null ? List.of() : ring.all();
	}

	/** The signals that have readings. */
	public Set<Signal> signals() {
		return Set.copyOf(readings.keySet());
	}

	/** The signal's ring, made on its first reading: a detector keeps it rather than look it up every window. */
	DriftReadingRing ring(Signal signal) {
		return readings.computeIfAbsent(signal, s -> new DriftReadingRing(capacity));
	}
}
