// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.benchmarks;

import java.util.Arrays;

import org.twinworks.live.ValueChange;
import org.twinworks.live.SignalValue;

/** Counts values applied to a store and their latency (source timestamp to applied) while started. */
final class SubscriberCounters {
	private static final int MAX_SAMPLES = 8_000_000;

	private final long[] latencies = new long[MAX_SAMPLES];
	private volatile boolean counting;
	private volatile long startNanos;
	private volatile long stopNanos;
	private long updates;
	private int samples;

	void start() {
		synchronized (this) {
			updates = 0;
			samples = 0;
		}
		startNanos = System.nanoTime();
		counting = true;
	}

	void stop() {
		counting = false;
		stopNanos = System.nanoTime();
	}

	/** The store's applied probe: runs on the store's worker. */
	synchronized void applied(ValueChange change) {
		SignalValue value = change.value();
		if (!counting || value == null) {
			return;
		}
		updates++;
		if (value.sourceTime() != null && samples < latencies.length) {
			latencies[samples++] = System.currentTimeMillis() - value.sourceTime().toEpochMilli();
		}
	}

	private double seconds() {
		return Math.max(1, stopNanos - startNanos) / 1e9;
	}

	synchronized double perSecond() {
		return updates / seconds();
	}

	synchronized long percentileMs(double p) {
		if (samples == 0) {
			return -1;
		}
		long[] sorted = Arrays.copyOf(latencies, samples);
		Arrays.sort(sorted);
		return sorted[Math.min(samples - 1, (int) (p * samples))];
	}
}
