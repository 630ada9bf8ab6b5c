// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Signal;

/**
 * The drift charts kept with each signal's history: the current reading and the last {@link #capacity()} readings,
 * for a view to plot. Written on the engine's thread, read from any thread. A signal's readings are kept as numbers
 * in a ring of arrays, not as one object per reading: at 10 Hz on 20,000 signals a reading object per value would
 * be 200,000 objects a second, each living for a minute.
 */
public final class DriftStatistics {
	private final int capacity;
	private final Map<Signal, Ring> readings = new ConcurrentHashMap<>();

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
		Ring ring = readings.get(signal);
		return ring == null ? Optional.empty() : Optional.ofNullable(ring.last());
	}

	/** The signal's readings, oldest first. */
	public List<DriftReading> recent(Signal signal) {
		Ring ring = readings.get(signal);
		return ring == null ? List.of() : ring.all();
	}

	/** The signals that have readings. */
	public Set<Signal> signals() {
		return readings.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
				.collect(Collectors.toUnmodifiableSet());
	}

	/** Where {@code signal}'s readings go: its detector keeps it, so recording a reading looks nothing up. */
	Ring ring(Signal signal) {
		return readings.computeIfAbsent(signal, s -> new Ring(capacity));
	}

	/**
	 * One signal's last readings, oldest overwritten first: one array holding each reading's numbers side by side
	 * (a reading is written to two adjacent cache lines, not to one array per field), grown up to the capacity as
	 * readings come. Times are kept as epoch seconds and nanoseconds, both exact in a double.
	 */
	static final class Ring {
		private static final int STRIDE = 9;
		private static final int WARMING_UP = 1;
		private static final int CUSUM_SIGNAL = 2;
		private static final int EWMA_SIGNAL = 4;
		private final int capacity;
		private double[] numbers = new double[0];
		private double h;
		private double ewmaLimit;
		/** Readings ever added; the next goes to {@code added % capacity}. */
		private long added;

		Ring(int capacity) {
			this.capacity = capacity;
		}

		synchronized void add(Instant at, double x, boolean warmingUp, double mean, double sigma, double cusumHigh,
				double cusumLow, double h, boolean cusumSignal, double ewma, double ewmaLimit, boolean ewmaSignal) {
			int base = (int) (added % capacity) * STRIDE;
			if (base >= numbers.length) {
				numbers = Arrays.copyOf(numbers,
						Math.min(capacity, Math.max(64, numbers.length / STRIDE * 2)) * STRIDE);
			}
			double[] n = numbers;
			n[base] = at.getEpochSecond();
			n[base + 1] = at.getNano();
			n[base + 2] = x;
			n[base + 3] = mean;
			n[base + 4] = sigma;
			n[base + 5] = cusumHigh;
			n[base + 6] = cusumLow;
			n[base + 7] = ewma;
			n[base + 8] = (warmingUp ? WARMING_UP : 0) | (cusumSignal ? CUSUM_SIGNAL : 0)
					| (ewmaSignal ? EWMA_SIGNAL : 0);
			this.h = h;
			this.ewmaLimit = ewmaLimit;
			added++;
		}

		synchronized boolean isEmpty() {
			return added == 0;
		}

		synchronized @Nullable DriftReading last() {
			return added == 0 ? null : reading((int) ((added - 1) % capacity));
		}

		synchronized List<DriftReading> all() {
			int size = (int) Math.min(added, capacity);
			List<DriftReading> all = new ArrayList<>(size);
			for (long n = added - size; n < added; n++) {
				all.add(reading((int) (n % capacity)));
			}
			return List.copyOf(all);
		}

		private DriftReading reading(int slot) {
			double[] n = numbers;
			int base = slot * STRIDE;
			int flags = (int) n[base + 8];
			return new DriftReading(Instant.ofEpochSecond((long) n[base], (long) n[base + 1]), n[base + 2],
					(flags & WARMING_UP) != 0, n[base + 3], n[base + 4], n[base + 5], n[base + 6], h,
					(flags & CUSUM_SIGNAL) != 0, n[base + 7], ewmaLimit, (flags & EWMA_SIGNAL) != 0);
		}
	}
}
