// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.benchmarks;

import java.util.Arrays;
import java.util.List;

import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.HostListener;
import org.twinworks.sparkplug.Metric;

/** Counts metric updates, messages and latency (metric source timestamp to arrival) while started. */
final class SubscriberCounters implements HostListener {
	private static final int MAX_SAMPLES = 4_000_000;

	private final long[] latencies = new long[MAX_SAMPLES];
	private volatile boolean counting;
	private volatile long startNanos;
	private volatile long stopNanos;
	private long updates;
	private long messages;
	private int samples;

	void start() {
		synchronized (this) {
			updates = 0;
			messages = 0;
			samples = 0;
		}
		startNanos = System.nanoTime();
		counting = true;
	}

	void stop() {
		counting = false;
		stopNanos = System.nanoTime();
	}

	synchronized void count(int n) {
		if (counting) {
			updates += n;
		}
	}

	@Override
	public synchronized void onDeviceData(DeviceId device, List<Metric> metrics) {
		if (!counting) {
			return;
		}
		long now = System.currentTimeMillis();
		messages++;
		updates += metrics.size();
		for (Metric metric : metrics) {
			if (samples < latencies.length) {
				latencies[samples++] = now - metric.timestamp();
			}
		}
	}

	private double seconds() {
		return Math.max(1, stopNanos - startNanos) / 1e9;
	}

	synchronized double perSecond() {
		return updates / seconds();
	}

	synchronized double messagesPerSecond() {
		return messages / seconds();
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
