// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Instant;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A batch of recorded values as primitive columns, reused from batch to batch so that streaming a recording
 * allocates nothing per value: the signal's id, the value as a double where it is a number (a boolean is 1 or 0),
 * the status, the arrival and the time the value holds for (its source time, else its arrival) as epoch
 * nanoseconds. Times beyond the years 1677 to 2262 saturate in the nanosecond columns; {@link #recordedValue}
 * gives every value back exactly as recorded. Rows are valid below {@link #size()}.
 */
public final class RecordedColumns {
	public static final byte NULL = 0;
	public static final byte DOUBLE = 1;
	public static final byte FLOAT = 2;
	public static final byte LONG = 3;
	public static final byte INT = 4;
	public static final byte SHORT = 5;
	public static final byte BYTE = 6;
	public static final byte BOOLEAN = 7;
	/** A text, or any other value, which a recording keeps as its text. */
	public static final byte TEXT = 8;

	static final byte HAS_SOURCE = 1;
	static final byte HAS_SERVER = 2;

	final Dictionary dictionary;
	int size;
	int[] signals;
	byte[] kinds;
	double[] numbers;
	long[] integers;
	@Nullable
	Object[] texts;
	int[] statuses;
	long[] statusCodes;
	long[] arrivals;
	Instant[] arrivalInstants;
	long[] times;
	byte[] timeFlags;
	long[] sourceSeconds;
	int[] sourceNanos;
	long[] serverSeconds;
	int[] serverNanos;

	RecordedColumns(Dictionary dictionary, int capacity) {
		this.dictionary = dictionary;
		signals = new int[capacity];
		kinds = new byte[capacity];
		numbers = new double[capacity];
		integers = new long[capacity];
		texts = new Object[capacity];
		statuses = new int[capacity];
		statusCodes = new long[capacity];
		arrivals = new long[capacity];
		arrivalInstants = new Instant[capacity];
		times = new long[capacity];
		timeFlags = new byte[capacity];
		sourceSeconds = new long[capacity];
		sourceNanos = new int[capacity];
		serverSeconds = new long[capacity];
		serverNanos = new int[capacity];
	}

	public int size() {
		return size;
	}

	/** The row's signal id, as {@link ColumnConsumer#declared} declared it. */
	public int signal(int row) {
		return signals[row];
	}

	/** The row's value type: {@link #NULL}, {@link #DOUBLE} ... {@link #TEXT}. */
	public byte kind(int row) {
		return kinds[row];
	}

	/** The value is a number or a boolean, so {@link #number} holds it. */
	public boolean isNumber(int row) {
		byte kind = kinds[row];
		return kind != NULL && kind != TEXT;
	}

	/** The value as a double (a boolean as 1 or 0); NaN for a text or no value. */
	public double number(int row) {
		return numbers[row];
	}

	/** The value as recorded, boxed (this allocates: prefer {@link #number}). */
	public @Nullable Object value(int row) {
		return switch (kinds[row]) {
		case DOUBLE -> numbers[row];
		case FLOAT -> (float) numbers[row];
		case LONG -> integers[row];
		case INT -> (int) integers[row];
		case SHORT -> (short) integers[row];
		case BYTE -> (byte) integers[row];
		case BOOLEAN -> integers[row] != 0;
		case TEXT -> texts[row];
		default -> null;
		};
	}

	public long statusCode(int row) {
		return statusCodes[row];
	}

	/** OPC UA severity Good. */
	public boolean isGood(int row) {
		return (statusCodes[row] & 0xC000_0000L) == 0;
	}

	public String status(int row) {
		return dictionary.statusTexts[statuses[row]];
	}

	/** When the recorder received the value, in epoch nanoseconds. */
	public long arrival(int row) {
		return arrivals[row];
	}

	/** The time the value holds for: its source time, else its arrival, in epoch nanoseconds. */
	public long time(int row) {
		return times[row];
	}

	public boolean hasSourceTime(int row) {
		return (timeFlags[row] & HAS_SOURCE) != 0;
	}

	/** The source time in epoch nanoseconds; meaningful where {@link #hasSourceTime}. */
	public long sourceTime(int row) {
		return epochNanos(sourceSeconds[row], sourceNanos[row]);
	}

	public boolean hasServerTime(int row) {
		return (timeFlags[row] & HAS_SERVER) != 0;
	}

	/** The server time in epoch nanoseconds; meaningful where {@link #hasServerTime}. */
	public long serverTime(int row) {
		return epochNanos(serverSeconds[row], serverNanos[row]);
	}

	public String endpoint(int signal) {
		return dictionary.endpoints[signal];
	}

	public @Nullable String nodeId(int signal) {
		return dictionary.nodeIds[signal];
	}

	public @Nullable String tag(int signal) {
		return dictionary.tags[signal];
	}

	/** The row as the object stream gives it, equal to what was recorded. */
	public RecordedValue recordedValue(int row) {
		int signal = signals[row];
		return new RecordedValue(arrivalInstants[row], dictionary.endpoints[signal], dictionary.nodeIds[signal],
				dictionary.tags[signal], signalValue(row));
	}

	public SignalValue signalValue(int row) {
		Instant arrival = arrivalInstants[row];
		Instant source = null;
		if (hasSourceTime(row)) {
			source = same(arrival, sourceSeconds[row], sourceNanos[row]);
		}
		Instant server = null;
		if (hasServerTime(row)) {
			server = source != null && source.getEpochSecond() == serverSeconds[row]
					&& source.getNano() == serverNanos[row]
							? source
							: same(arrival, serverSeconds[row], serverNanos[row]);
		}
		return new SignalValue(value(row), statusCodes[row], status(row), source, server);
	}

	private static Instant same(Instant arrival, long seconds, int nanos) {
		return arrival.getEpochSecond() == seconds && arrival.getNano() == nanos
				? arrival
				: Instant.ofEpochSecond(seconds, nanos);
	}

	/** Epoch nanoseconds, saturated where a long cannot hold them. */
	static long epochNanos(long seconds, int nanos) {
		if (seconds > 9_223_372_035L) {
			return Long.MAX_VALUE;
		}
		if (seconds < -9_223_372_035L) {
			return Long.MIN_VALUE;
		}
		return seconds * 1_000_000_000L + nanos;
	}

	void ensure(int capacity) {
		if (capacity <= signals.length) {
			return;
		}
		int n = Math.max(capacity, signals.length * 2);
		signals = Arrays.copyOf(signals, n);
		kinds = Arrays.copyOf(kinds, n);
		numbers = Arrays.copyOf(numbers, n);
		integers = Arrays.copyOf(integers, n);
		texts = Arrays.copyOf(texts, n);
		statuses = Arrays.copyOf(statuses, n);
		statusCodes = Arrays.copyOf(statusCodes, n);
		arrivals = Arrays.copyOf(arrivals, n);
		arrivalInstants = Arrays.copyOf(arrivalInstants, n);
		times = Arrays.copyOf(times, n);
		timeFlags = Arrays.copyOf(timeFlags, n);
		sourceSeconds = Arrays.copyOf(sourceSeconds, n);
		sourceNanos = Arrays.copyOf(sourceNanos, n);
		serverSeconds = Arrays.copyOf(serverSeconds, n);
		serverNanos = Arrays.copyOf(serverNanos, n);
	}

	/**
	 * The signals and statuses a file declared, by id: each text one object however many values use it.
	 */
	static final class Dictionary {
		String[] endpoints = new String[64];
		@Nullable
		String[] nodeIds = new String[64];
		@Nullable
		String[] tags = new String[64];
		int signalCount;
		long[] statusCodes = new long[16];
		String[] statusTexts = new String[16];
		int statusCount;

		int addSignal(String endpoint, @Nullable String nodeId, @Nullable String tag) {
			if (signalCount == endpoints.length) {
				endpoints = Arrays.copyOf(endpoints, signalCount * 2);
				nodeIds = Arrays.copyOf(nodeIds, signalCount * 2);
				tags = Arrays.copyOf(tags, signalCount * 2);
			}
			endpoints[signalCount] = endpoint;
			nodeIds[signalCount] = nodeId;
			tags[signalCount] = tag;
			return signalCount++;
		}

		int addStatus(long code, String text) {
			if (statusCount == statusCodes.length) {
				statusCodes = Arrays.copyOf(statusCodes, statusCount * 2);
				statusTexts = Arrays.copyOf(statusTexts, statusCount * 2);
			}
			statusCodes[statusCount] = code;
			statusTexts[statusCount] = text;
			return statusCount++;
		}
	}
}
