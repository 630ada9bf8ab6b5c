// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a receiver counted while the values carried the server's tick number: notifications, gaps in a node's
 * counter (lost values), repeats (duplicates), and the latency from source timestamp to arrival in 1 ms
 * buckets. Only counting starts it: values before {@link #start()} are remembered but not counted.
 */
final class Counters {
	/** InfoType DataValue (0x400) with the Overflow bit (0x80). */
	private static final long OVERFLOW = 0x480;
	private static final int MAX_MS = 10_000;

	private final Map<Object, Long> last = new ConcurrentHashMap<>();
	private final AtomicLong notifications = new AtomicLong();
	private final AtomicLong lost = new AtomicLong();
	private final AtomicLong overflows = new AtomicLong();
	private final AtomicLong duplicates = new AtomicLong();
	private final long[] latencyMs = new long[MAX_MS + 1];
	private volatile boolean counting;
	private long startNanos;
	private long stopNanos;

	void start() {
		startNanos = System.nanoTime();
		counting = true;
	}

	void stop() {
		counting = false;
		stopNanos = System.nanoTime();
	}

	/** One value of {@code node}: its counter and source time. Called from one thread per receiver. */
	void value(Object node, Object value, Instant sourceTime) {
		value(node, value, sourceTime, 0);
	}

	/**
	 * As above, with the status code: a server whose queue for the item overflowed (the client fell behind) sets
	 * the Overflow info bit on the next value. Gaps without it were never sent: the server's sampler missed a
	 * tick of the simulation.
	 */
	void value(Object node, Object value, Instant sourceTime, long statusCode) {
		if (counting && (statusCode & OVERFLOW) == OVERFLOW) {
			overflows.incrementAndGet();
		}
		long counter = value instanceof Number n ? n.longValue() : -1;
		Long previous = last.put(node, counter);
		if (!counting) {
			return;
		}
		notifications.incrementAndGet();
		if (previous != null) {
			if (counter <= previous) {
				duplicates.incrementAndGet();
			} else if (counter > previous + 1) {
				lost.addAndGet(counter - previous - 1);
			}
		}
		latency(sourceTime);
	}

	/** Latency only (for a listener that sees the same values later). */
	void latency(Instant sourceTime) {
		if (!counting || sourceTime == null) {
			return;
		}
		long ms = Math.max(0, (System.currentTimeMillis() - sourceTime.toEpochMilli()));
		synchronized (latencyMs) {
			latencyMs[(int) Math.min(MAX_MS, ms)]++;
		}
	}

	double perSecond() {
		return notifications.get() * 1e9 / (stopNanos - startNanos);
	}

	/** Values that arrived with the Overflow bit: notifications the server had to drop for this client. */
	long overflows() {
		return overflows.get();
	}

	/** Nodes that delivered at least one value, counted or not: how far a fresh subscription has got. */
	int nodesSeen() {
		return last.size();
	}

	long notifications() {
		return notifications.get();
	}

	long lost() {
		return lost.get();
	}

	long duplicates() {
		return duplicates.get();
	}

	long percentileMs(double p) {
		synchronized (latencyMs) {
			long total = 0;
			for (long c : latencyMs) {
				total += c;
			}
			long rank = (long) Math.ceil(total * p);
			long seen = 0;
			for (int ms = 0; ms < latencyMs.length; ms++) {
				seen += latencyMs[ms];
				if (seen >= rank && total > 0) {
					return ms;
				}
			}
			return -1;
		}
	}
}
