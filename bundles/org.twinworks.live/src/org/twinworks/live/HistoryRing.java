// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The recent values of one signal, bounded by count (the oldest is overwritten) and by age (values older than
 * the newest value's time minus {@code maxAge} are dropped when a value arrives; the time of a value is its
 * source time, else its server time; a value with neither is bounded by count only).
 * <p>
 * Kept compact, because 20,000 signals × 10 minutes at 1 Hz is 12 million values: parallel primitive arrays
 * hold per value 8 bytes of value bits, two 8-byte timestamps (epoch nanoseconds) and two bytes of kind and
 * status (an index into this ring's small table of the statuses it has seen), 26 bytes in all. Numbers and
 * booleans live in the primitive arrays with their Java type remembered; any other value (texts, unsigned
 * integers, arrays) goes to a side array of references allocated only when the first such value arrives, and
 * a value that does not fit at all (a timestamp outside 1677–2262, more distinct statuses than the table
 * holds) is kept whole there. The arrays grow by doubling up to the capacity, so a signal with few values
 * costs little. {@link #toList()} materialises {@link SignalValue}s equal to those added.
 */
final class HistoryRing {
	private static final int INITIAL = 8;
	private static final long NO_TIME = Long.MIN_VALUE;
	private static final int MAX_STATUSES = 64;

	private final int capacity;
	private final long maxAgeNanos;
	private long[] bits;
	private long[] sourceNanos;
	private long[] serverNanos;
	private byte[] kinds;
	private byte[] statuses;
	/** Non-numeric values (kind OBJECT) or whole values (kind WHOLE); null until one arrives. */
	private Object[] others;
	private long[] statusCodes = new long[1];
	private String[] statusNames = new String[1];
	private int statusCount;
	private int head;
	private int size;

	/**
	 * @param capacity values kept at most
	 * @param maxAge values older than the newest minus this are dropped; null for no age bound
	 */
	HistoryRing(int capacity, Duration maxAge) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.capacity = capacity;
		this.maxAgeNanos = maxAge == null ? Long.MAX_VALUE : saturatedNanos(maxAge);
		allocate(Math.min(capacity, INITIAL));
	}

	synchronized void add(SignalValue value) {
		long source = nanos(value.sourceTime());
		long server = nanos(value.serverTime());
		int status = statusIndex(value.statusCode(), value.status());
		byte kind = ValueKind.of(value.value());
		boolean whole = status < 0 || source == NO_TIME && value.sourceTime() != null
				|| server == NO_TIME && value.serverTime() != null;
		dropOlderThan(source != NO_TIME ? source : server);
		if (size == bits.length && size < capacity) {
			allocate(Math.min(capacity, size * 2));
		}
		int slot = (head + size) % bits.length;
		if (size == bits.length) {
			head = (head + 1) % bits.length; // full at capacity: overwrite the oldest
		} else {
			size++;
		}
		sourceNanos[slot] = source;
		serverNanos[slot] = server;
		statuses[slot] = (byte) Math.max(status, 0);
		if (whole) {
			kinds[slot] = ValueKind.WHOLE;
			bits[slot] = 0;
			others()[slot] = value;
		} else {
			kinds[slot] = kind;
			bits[slot] = kind == ValueKind.OBJECT ? 0 : ValueKind.bits(value.value());
			if (kind == ValueKind.OBJECT) {
				others()[slot] = value.value();
			} else if (others != null) {
				others[slot] = null;
			}
		}
	}

	/** Oldest first. */
	synchronized List<SignalValue> toList() {
		List<SignalValue> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(get((head + i) % bits.length));
		}
		return list;
	}

	synchronized int size() {
		return size;
	}

	private SignalValue get(int slot) {
		byte kind = kinds[slot];
		if (kind == ValueKind.WHOLE) {
			return (SignalValue) others[slot];
		}
		Object value = kind == ValueKind.OBJECT ? others[slot] : ValueKind.value(kind, bits[slot]);
		int status = statuses[slot];
		return new SignalValue(value, statusCodes[status], statusNames[status], instant(sourceNanos[slot]),
				instant(serverNanos[slot]));
	}

	private void dropOlderThan(long newest) {
		if (newest == NO_TIME || maxAgeNanos == Long.MAX_VALUE || newest < NO_TIME + maxAgeNanos) {
			return;
		}
		long cutoff = newest - maxAgeNanos;
		while (size > 0) {
			long oldest = timeOf(head);
			if (oldest == NO_TIME || oldest >= cutoff) {
				return;
			}
			if (others != null) {
				others[head] = null;
			}
			head = (head + 1) % bits.length;
			size--;
		}
	}

	private long timeOf(int slot) {
		if (kinds[slot] == ValueKind.WHOLE) {
			SignalValue value = (SignalValue) others[slot];
			Instant time = value.sourceTime() != null ? value.sourceTime() : value.serverTime();
			return nanos(time);
		}
		return sourceNanos[slot] != NO_TIME ? sourceNanos[slot] : serverNanos[slot];
	}

	/** This ring's index of the status, added on first sight; -1 when the table is full. */
	private int statusIndex(long code, String name) {
		for (int i = 0; i < statusCount; i++) {
			if (statusCodes[i] == code && Objects.equals(statusNames[i], name)) {
				return i;
			}
		}
		if (statusCount == MAX_STATUSES) {
			return -1;
		}
		if (statusCount == statusCodes.length) {
			statusCodes = Arrays.copyOf(statusCodes, statusCount * 2);
			statusNames = Arrays.copyOf(statusNames, statusCount * 2);
		}
		statusCodes[statusCount] = code;
		statusNames[statusCount] = name;
		return statusCount++;
	}

	private Object[] others() {
		if (others == null) {
			others = new Object[bits.length];
		}
		return others;
	}

	/** (Re)allocates every array at {@code length}, oldest value first. */
	private void allocate(int length) {
		long[] newBits = new long[length];
		long[] newSource = new long[length];
		long[] newServer = new long[length];
		byte[] newKinds = new byte[length];
		byte[] newStatuses = new byte[length];
		Object[] newOthers = others == null ? null : new Object[length];
		for (int i = 0; i < size; i++) {
			int from = (head + i) % bits.length;
			newBits[i] = bits[from];
			newSource[i] = sourceNanos[from];
			newServer[i] = serverNanos[from];
			newKinds[i] = kinds[from];
			newStatuses[i] = statuses[from];
			if (newOthers != null) {
				newOthers[i] = others[from];
			}
		}
		bits = newBits;
		sourceNanos = newSource;
		serverNanos = newServer;
		kinds = newKinds;
		statuses = newStatuses;
		others = newOthers;
		head = 0;
	}

	/** Epoch nanoseconds, or NO_TIME for null and for instants outside what a long holds. */
	private static long nanos(Instant time) {
		if (time == null) {
			return NO_TIME;
		}
		try {
			long nanos = Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
			return nanos == NO_TIME ? NO_TIME : nanos;
		} catch (ArithmeticException e) {
			return NO_TIME;
		}
	}

	private static Instant instant(long nanos) {
		return nanos == NO_TIME
				? null
				: Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
	}

	private static long saturatedNanos(Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("history age must be positive");
		}
		try {
			return duration.toNanos();
		} catch (ArithmeticException e) {
			return Long.MAX_VALUE;
		}
	}
}
