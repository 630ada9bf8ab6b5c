// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Decodes the records of a {@link CompactFormat version-2} file in order: declarations into the dictionary, each
 * batch of values into reused {@link RecordedColumns}, without an object per value.
 */
final class CompactDecoder {
	private final RecordedColumns.Dictionary dictionary = new RecordedColumns.Dictionary();
	private final RecordedColumns columns = new RecordedColumns(dictionary, CompactFormat.BATCH_VALUES);
	private final @Nullable ColumnConsumer consumer;
	private long[] offsetSeconds = new long[64];
	private int[] offsetNanos = new int[64];
	private @Nullable Instant lastArrival;
	private byte[] bytes = new byte[0];
	private int at;
	private int end;

	/** {@code consumer} gets declarations and batches; without one only the dictionary is kept. */
	CompactDecoder(@Nullable ColumnConsumer consumer) {
		this.consumer = consumer;
	}

	RecordedColumns.Dictionary dictionary() {
		return dictionary;
	}

	/** Decodes one intact record's payload; the number of values it held. */
	int decode(byte[] buffer, int offset, int length) throws IOException {
		bytes = buffer;
		at = offset;
		end = offset + length;
		try {
			int values = switch (buffer[at++]) {
			case CompactFormat.SIGNALS -> signals();
			case CompactFormat.STATUSES -> statuses();
			case CompactFormat.VALUES -> consumer == null ? 0 : values();
			default -> 0; // a kind a later version added: its CRC held, so the file goes on after it
			};
			if (at > end) {
				throw new IOException("record ends early");
			}
			return values;
		} catch (ArrayIndexOutOfBoundsException e) {
			throw new IOException("record ends early", e);
		} catch (DateTimeException e) {
			throw new IOException("a time out of range: " + e.getMessage(), e);
		}
	}

	private int signals() throws IOException {
		int n = (int) varLong();
		for (int i = 0; i < n; i++) {
			int id = (int) varLong();
			if (id != dictionary.signalCount) {
				throw new IOException("signal id " + id + " declared where " + dictionary.signalCount + " was due");
			}
			String endpoint = text();
			String nodeId = optionalText();
			String tag = optionalText();
			dictionary.addSignal(endpoint, nodeId, tag);
			if (consumer != null) {
				consumer.declared(id, endpoint, nodeId, tag);
			}
		}
		if (offsetSeconds.length < dictionary.signalCount) {
			offsetSeconds = Arrays.copyOf(offsetSeconds, dictionary.endpoints.length);
			offsetNanos = Arrays.copyOf(offsetNanos, dictionary.endpoints.length);
		}
		return 0;
	}

	private int statuses() throws IOException {
		int n = (int) varLong();
		for (int i = 0; i < n; i++) {
			int id = (int) varLong();
			if (id != dictionary.statusCount) {
				throw new IOException("status id " + id + " declared where " + dictionary.statusCount + " was due");
			}
			long code = varLong();
			dictionary.addStatus(code, text());
		}
		return 0;
	}

	/** The hot loop: locals for every column, the common one-byte varints read inline. */
	private int values() throws IOException {
		long batchSeconds = zigzag(varLong());
		int batchNanos = (int) varLong();
		int count = (int) varLong();
		// every value takes at least a byte: a larger count is damage, and must not size the columns
		if (count < 0 || count > end - at) {
			throw new IOException("a batch of " + count + " values does not fit in its record");
		}
		RecordedColumns c = columns;
		c.ensure(count);
		Instant arrival = lastArrival != null && lastArrival.getEpochSecond() == batchSeconds
				&& lastArrival.getNano() == batchNanos ? lastArrival : Instant.ofEpochSecond(batchSeconds, batchNanos);
		lastArrival = arrival;
		long arrivalNanos = RecordedColumns.epochNanos(batchSeconds, batchNanos);
		Arrays.fill(c.arrivals, 0, count, arrivalNanos);
		Arrays.fill(c.arrivalInstants, 0, count, arrival);
		int[] signals = c.signals;
		byte[] kinds = c.kinds;
		double[] numbers = c.numbers;
		long[] integers = c.integers;
		Object[] texts = c.texts;
		int[] statuses = c.statuses;
		long[] statusCodes = c.statusCodes;
		long[] times = c.times;
		byte[] timeFlags = c.timeFlags;
		long[] sourceSeconds = c.sourceSeconds;
		int[] sourceNanos = c.sourceNanos;
		long[] serverSeconds = c.serverSeconds;
		int[] serverNanos = c.serverNanos;
		long[] codes = dictionary.statusCodes;
		int signalCount = dictionary.signalCount;
		int statusCount = dictionary.statusCount;
		byte[] b = bytes;
		int p = at;
		int signal = -1;
		for (int row = 0; row < count; row++) {
			long delta;
			int v = b[p++];
			if (v >= 0) {
				delta = v;
			} else {
				at = p - 1;
				delta = varLong();
				p = at;
			}
			signal += 1 + (int) zigzag(delta);
			if (signal < 0 || signal >= signalCount) {
				throw new IOException("signal id " + signal + " used before it was declared");
			}
			signals[row] = signal;
			int flags = b[p++] & 0xFF;
			int status = b[p++];
			if (status < 0) {
				at = p - 1;
				status = (int) varLong();
				p = at;
			}
			if (status >= statusCount) {
				throw new IOException("status id " + status + " used before it was declared");
			}
			statuses[row] = status;
			statusCodes[row] = codes[status];
			int kind = flags & 0x0F;
			switch (kind) {
			case RecordedColumns.DOUBLE -> {
				numbers[row] = Double.longBitsToDouble((long) CompactFormat.LONG_LE.get(b, p));
				p += 8;
			}
			case RecordedColumns.FLOAT -> {
				numbers[row] = Float.intBitsToFloat((int) CompactFormat.INT_LE.get(b, p));
				p += 4;
			}
			case RecordedColumns.LONG, RecordedColumns.INT, RecordedColumns.SHORT -> {
				at = p;
				long n = zigzag(varLong());
				p = at;
				integers[row] = n;
				numbers[row] = n;
			}
			case RecordedColumns.BYTE -> {
				integers[row] = b[p];
				numbers[row] = b[p++];
			}
			case CompactFormat.FALSE -> {
				kind = RecordedColumns.BOOLEAN;
				integers[row] = 0;
				numbers[row] = 0;
			}
			case CompactFormat.TRUE -> {
				kind = RecordedColumns.BOOLEAN;
				integers[row] = 1;
				numbers[row] = 1;
			}
			case RecordedColumns.TEXT -> {
				at = p;
				texts[row] = text();
				p = at;
				numbers[row] = Double.NaN;
			}
			case RecordedColumns.NULL -> numbers[row] = Double.NaN;
			default -> throw new IOException("unknown value type " + kind);
			}
			kinds[row] = (byte) kind;
			if (kind != RecordedColumns.TEXT) {
				texts[row] = null;
			}
			int timeFlag = 0;
			long time = arrivalNanos;
			switch (flags & 0x30) {
			case CompactFormat.SOURCE_ARRIVAL -> {
				timeFlag = RecordedColumns.HAS_SOURCE;
				sourceSeconds[row] = batchSeconds;
				sourceNanos[row] = batchNanos;
			}
			case CompactFormat.SOURCE_EXPLICIT -> {
				timeFlag = RecordedColumns.HAS_SOURCE;
				at = p;
				long ds = zigzag(varLong());
				int dn = (int) zigzag(varLong());
				p = at;
				offsetSeconds[signal] = ds;
				offsetNanos[signal] = dn;
				long s = batchSeconds + ds;
				int n = batchNanos + dn;
				sourceSeconds[row] = s;
				sourceNanos[row] = n;
				time = RecordedColumns.epochNanos(s, n);
			}
			case CompactFormat.SOURCE_OFFSET -> {
				timeFlag = RecordedColumns.HAS_SOURCE;
				long s = batchSeconds + offsetSeconds[signal];
				int n = batchNanos + offsetNanos[signal];
				if (n < 0) {
					n += 1_000_000_000;
					s--;
				} else if (n >= 1_000_000_000) {
					n -= 1_000_000_000;
					s++;
				}
				sourceSeconds[row] = s;
				sourceNanos[row] = n;
				time = RecordedColumns.epochNanos(s, n);
			}
			default -> {
			}
			}
			times[row] = time;
			switch (flags & 0xC0) {
			case CompactFormat.SERVER_ARRIVAL -> {
				timeFlag |= RecordedColumns.HAS_SERVER;
				serverSeconds[row] = batchSeconds;
				serverNanos[row] = batchNanos;
			}
			case CompactFormat.SERVER_SOURCE -> {
				timeFlag |= RecordedColumns.HAS_SERVER;
				serverSeconds[row] = sourceSeconds[row];
				serverNanos[row] = sourceNanos[row];
			}
			case CompactFormat.SERVER_EXPLICIT -> {
				timeFlag |= RecordedColumns.HAS_SERVER;
				at = p;
				serverSeconds[row] = batchSeconds + zigzag(varLong());
				serverNanos[row] = batchNanos + (int) zigzag(varLong());
				p = at;
			}
			default -> {
			}
			}
			timeFlags[row] = (byte) timeFlag;
		}
		at = p;
		c.size = count;
		if (consumer != null) {
			consumer.accept(c);
		}
		return count;
	}

	private long varLong() {
		long result = 0;
		int shift = 0;
		while (true) {
			byte v = bytes[at++];
			result |= (long) (v & 0x7F) << shift;
			if (v >= 0) {
				return result;
			}
			shift += 7;
			if (shift > 63) {
				throw new ArrayIndexOutOfBoundsException("varint over 64 bits");
			}
		}
	}

	private static long zigzag(long v) {
		return (v >>> 1) ^ -(v & 1);
	}

	private String text() throws IOException {
		int length = (int) varLong();
		if (length < 0 || length > end - at) {
			throw new IOException("a text of " + length + " characters does not fit in its record");
		}
		int start = at;
		boolean ascii = true;
		for (int i = start; i < start + length; i++) {
			if (bytes[i] < 0) {
				ascii = false;
				break;
			}
		}
		if (ascii) {
			at += length;
			return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
		}
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = (char) varLong();
		}
		return new String(chars);
	}

	private @Nullable String optionalText() throws IOException {
		return bytes[at++] == 0 ? null : text();
	}
}
