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

	/** One signal's last readings, oldest overwritten first; the arrays grow up to the capacity as readings come. */
	static final class Ring {
		private static final byte WARMING_UP = 1;
		private static final byte CUSUM_SIGNAL = 2;
		private static final byte EWMA_SIGNAL = 4;
		private final int capacity;
		private Instant[] time = new Instant[0];
		private double[] value = new double[0];
		private double[] mean = new double[0];
		private double[] sigma = new double[0];
		private double[] high = new double[0];
		private double[] low = new double[0];
		private double[] ewma = new double[0];
		private byte[] flags = new byte[0];
		private double h;
		private double ewmaLimit;
		/** Readings ever added; the next goes to {@code added % capacity}. */
		private long added;

		Ring(int capacity) {
			this.capacity = capacity;
		}

		synchronized void add(Instant at, double x, boolean warmingUp, double mean, double sigma, double cusumHigh,
				double cusumLow, double h, boolean cusumSignal, double ewma, double ewmaLimit, boolean ewmaSignal) {
			int slot = (int) (added % capacity);
			if (slot >= time.length) {
				grow();
			}
			time[slot] = at;
			value[slot] = x;
			this.mean[slot] = mean;
			this.sigma[slot] = sigma;
			high[slot] = cusumHigh;
			low[slot] = cusumLow;
			this.ewma[slot] = ewma;
			flags[slot] = (byte) ((warmingUp ? WARMING_UP : 0) | (cusumSignal ? CUSUM_SIGNAL : 0)
					| (ewmaSignal ? EWMA_SIGNAL : 0));
			this.h = h;
			this.ewmaLimit = ewmaLimit;
			added++;
		}

		private void grow() {
			int length = Math.min(capacity, Math.max(16, time.length * 2));
			time = Arrays.copyOf(time, length);
			value = Arrays.copyOf(value, length);
			mean = Arrays.copyOf(mean, length);
			sigma = Arrays.copyOf(sigma, length);
			high = Arrays.copyOf(high, length);
			low = Arrays.copyOf(low, length);
			ewma = Arrays.copyOf(ewma, length);
			flags = Arrays.copyOf(flags, length);
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
			byte f = flags[slot];
			return new DriftReading(time[slot], value[slot], (f & WARMING_UP) != 0, mean[slot], sigma[slot], high[slot],
					low[slot], h, (f & CUSUM_SIGNAL) != 0, ewma[slot], ewmaLimit, (f & EWMA_SIGNAL) != 0);
		}
	}
}
