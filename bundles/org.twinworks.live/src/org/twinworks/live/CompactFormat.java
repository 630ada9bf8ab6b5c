// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * The recording format version 2, written from now on: an 8-byte header, then records of {@code length (int),
 * payload, CRC-32 of the payload (int)} as in version 1. A payload is one of
 * <ul>
 * <li>SIGNALS: ids given to (endpoint, node id, tag), once per file, counting up from 0;</li>
 * <li>STATUSES: ids given to (status code, status text), once per file;</li>
 * <li>VALUES: a batch of values that arrived at one instant: the arrival, the count, then per value the signal id
 * (as a difference to the one after the previous), a flags byte (value type, how the source and server times are
 * kept), the status id, the value (a double as its 8 bytes, integers as zigzag varints, a boolean in the type) and
 * the times not implied by the flags (seconds and nanoseconds as differences to the arrival).</li>
 * </ul>
 * A double with status and times the same as its arrival's takes 11 bytes. The header's first byte (0x89) cannot
 * start a version-1 record, whose length is below 2^24, so the version tells itself.
 */
final class CompactFormat {
	static final byte[] MAGIC = {(byte) 0x89, 'T', 'W', 'R', 'E', 'C', 0, 2};
	static final int MAX_RECORD = 1 << 24;
	static final byte SIGNALS = 1;
	static final byte STATUSES = 2;
	static final byte VALUES = 3;
	/** Value types: {@link RecordedColumns}' kinds, a boolean's value in its type. */
	static final int FALSE = RecordedColumns.BOOLEAN;
	static final int TRUE = 9;
	static final int SOURCE_NONE = 0;
	static final int SOURCE_ARRIVAL = 1 << 4;
	static final int SOURCE_EXPLICIT = 2 << 4;
	/** The same offset to the arrival as the signal's last explicit source time: a server's steady lag. */
	static final int SOURCE_OFFSET = 3 << 4;
	static final int SERVER_NONE = 0;
	static final int SERVER_ARRIVAL = 1 << 6;
	static final int SERVER_SOURCE = 2 << 6;
	static final int SERVER_EXPLICIT = 3 << 6;
	static final int BATCH_VALUES = 4_096;
	static final int BATCH_BYTES = 64 << 10;
	static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

	private CompactFormat() {
	}

	/** A growing byte buffer with the format's primitive encodings. */
	static final class ByteSink {
		byte[] bytes = new byte[1 << 12];
		int size;

		void clear() {
			size = 0;
		}

		private void room(int n) {
			if (size + n > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
			}
		}

		void put(int b) {
			room(1);
			bytes[size++] = (byte) b;
		}

		void varLong(long v) {
			room(10);
			while ((v & ~0x7FL) != 0) {
				bytes[size++] = (byte) ((v & 0x7F) | 0x80);
				v >>>= 7;
			}
			bytes[size++] = (byte) v;
		}

		void zigzag(long v) {
			varLong((v << 1) ^ (v >> 63));
		}

		void doubleBits(double d) {
			room(8);
			LONG_LE.set(bytes, size, Double.doubleToRawLongBits(d));
			size += 8;
		}

		void floatBits(float f) {
			room(4);
			INT_LE.set(bytes, size, Float.floatToRawIntBits(f));
			size += 4;
		}

		/** Any text exactly, unpaired surrogates too: its length, then each char as a varint. */
		void text(String text) {
			varLong(text.length());
			for (int i = 0; i < text.length(); i++) {
				varLong(text.charAt(i));
			}
		}

		void optionalText(@Nullable String text) {
			put(text == null ? 0 : 1);
			if (text != null) {
				text(text);
			}
		}
	}

	/**
	 * Writes values in version 2, declaring each signal and status the first time it is used. Values gather in a
	 * batch until the arrival changes, the batch is full or {@link #flush} is called; a batch's declarations are
	 * written just before it.
	 */
	static final class Writer {
		private final OutputStream out;
		private final CRC32 crc = new CRC32();
		private final Map<SignalKey, Integer> signalIds = new HashMap<>();
		private final Map<StatusKey, Integer> statusIds = new HashMap<>();
		private final ByteSink header = new ByteSink();
		private final ByteSink body = new ByteSink();
		private final ByteSink declaredSignals = new ByteSink();
		private final ByteSink declaredStatuses = new ByteSink();
		private int pendingSignals;
		private int pendingStatuses;
		private int nextSignal;
		private int nextStatus;
		private long lastStatusCode;
		private @Nullable String lastStatusText;
		private int lastStatusId = -1;
		private long[] offsetSeconds = new long[64];
		private int[] offsetNanos = new int[64];
		private boolean[] hasOffset = new boolean[64];
		private long batchSeconds;
		private int batchNanos;
		private int count;
		private int previousSignal;
		private long values;

		/** A writer that goes on after what {@code existing} (the file's intact part) declared. */
		Writer(OutputStream out, RecordedColumns.Dictionary existing) {
			this.out = out;
			for (int i = 0; i < existing.signalCount; i++) {
				signalIds.put(new SignalKey(existing.endpoints[i], existing.nodeIds[i], existing.tags[i]), i);
			}
			for (int i = 0; i < existing.statusCount; i++) {
				statusIds.put(new StatusKey(existing.statusCodes[i], existing.statusTexts[i]), i);
			}
			nextSignal = existing.signalCount;
			nextStatus = existing.statusCount;
		}

		int signalId(String endpoint, @Nullable String nodeId, @Nullable String tag) {
			SignalKey key = new SignalKey(endpoint, nodeId, tag);
			Integer id = signalIds.get(key);
			if (id != null) {
				return id;
			}
			int fresh = nextSignal++;
			signalIds.put(key, fresh);
			declaredSignals.varLong(fresh);
			declaredSignals.text(endpoint);
			declaredSignals.optionalText(nodeId);
			declaredSignals.optionalText(tag);
			pendingSignals++;
			return fresh;
		}

		private int statusId(long code, String text) {
			if (code == lastStatusCode && text == lastStatusText) {
				return lastStatusId;
			}
			StatusKey key = new StatusKey(code, text);
			Integer id = statusIds.get(key);
			if (id == null) {
				id = nextStatus++;
				statusIds.put(key, id);
				declaredStatuses.varLong(id);
				declaredStatuses.varLong(code);
				declaredStatuses.text(text);
				pendingStatuses++;
			}
			lastStatusCode = code;
			lastStatusText = text;
			lastStatusId = id;
			return id;
		}

		void add(Instant arrival, int signal, SignalValue value) throws IOException {
			long seconds = arrival.getEpochSecond();
			int nanos = arrival.getNano();
			if (count > 0 && (seconds != batchSeconds || nanos != batchNanos || count == BATCH_VALUES
					|| body.size >= BATCH_BYTES)) {
				flush();
			}
			if (count == 0) {
				batchSeconds = seconds;
				batchNanos = nanos;
				previousSignal = -1;
			}
			int status = statusId(value.statusCode(), value.status());
			body.zigzag(signal - (previousSignal + 1L));
			previousSignal = signal;
			int flagsAt = body.size;
			body.put(0);
			body.varLong(status);
			int flags = value(value.value());
			flags |= sourceTime(signal, value.sourceTime());
			flags |= serverTime(value.sourceTime(), value.serverTime());
			body.bytes[flagsAt] = (byte) flags;
			count++;
			values++;
		}

		private int value(@Nullable Object value) {
			switch (value) {
			case null -> {
				return RecordedColumns.NULL;
			}
			case Double d -> {
				body.doubleBits(d);
				return RecordedColumns.DOUBLE;
			}
			case Float f -> {
				body.floatBits(f);
				return RecordedColumns.FLOAT;
			}
			case Long l -> {
				body.zigzag(l);
				return RecordedColumns.LONG;
			}
			case Integer i -> {
				body.zigzag(i);
				return RecordedColumns.INT;
			}
			case Short s -> {
				body.zigzag(s);
				return RecordedColumns.SHORT;
			}
			case Byte b -> {
				body.put(b);
				return RecordedColumns.BYTE;
			}
			case Boolean b -> {
				return b ? TRUE : FALSE;
			}
			default -> {
				body.text(value.toString());
				return RecordedColumns.TEXT;
			}
			}
		}

		private int sourceTime(int signal, @Nullable Instant source) {
			if (source == null) {
				return SOURCE_NONE;
			}
			long seconds = source.getEpochSecond();
			int nanos = source.getNano();
			if (seconds == batchSeconds && nanos == batchNanos) {
				return SOURCE_ARRIVAL;
			}
			if (signal >= hasOffset.length) {
				int n = Math.max(signal + 1, hasOffset.length * 2);
				hasOffset = Arrays.copyOf(hasOffset, n);
				offsetSeconds = Arrays.copyOf(offsetSeconds, n);
				offsetNanos = Arrays.copyOf(offsetNanos, n);
			}
			if (hasOffset[signal]) {
				long s = batchSeconds + offsetSeconds[signal];
				int n = batchNanos + offsetNanos[signal];
				if (n < 0) {
					n += 1_000_000_000;
					s--;
				} else if (n >= 1_000_000_000) {
					n -= 1_000_000_000;
					s++;
				}
				if (s == seconds && n == nanos) {
					return SOURCE_OFFSET;
				}
			}
			hasOffset[signal] = true;
			offsetSeconds[signal] = seconds - batchSeconds;
			offsetNanos[signal] = nanos - batchNanos;
			body.zigzag(seconds - batchSeconds);
			body.zigzag(nanos - batchNanos);
			return SOURCE_EXPLICIT;
		}

		private int serverTime(@Nullable Instant source, @Nullable Instant server) {
			if (server == null) {
				return SERVER_NONE;
			}
			long seconds = server.getEpochSecond();
			int nanos = server.getNano();
			if (seconds == batchSeconds && nanos == batchNanos) {
				return SERVER_ARRIVAL;
			}
			if (server.equals(source)) {
				return SERVER_SOURCE;
			}
			body.zigzag(seconds - batchSeconds);
			body.zigzag(nanos - batchNanos);
			return SERVER_EXPLICIT;
		}

		/** Writes the batch so far, after the declarations it uses, to the stream (not flushed to the OS). */
		void flush() throws IOException {
			if (pendingStatuses > 0) {
				header.clear();
				header.put(STATUSES);
				header.varLong(pendingStatuses);
				record(declaredStatuses);
				declaredStatuses.clear();
				pendingStatuses = 0;
			}
			if (pendingSignals > 0) {
				header.clear();
				header.put(SIGNALS);
				header.varLong(pendingSignals);
				record(declaredSignals);
				declaredSignals.clear();
				pendingSignals = 0;
			}
			if (count > 0) {
				header.clear();
				header.put(VALUES);
				header.zigzag(batchSeconds);
				header.varLong(batchNanos);
				header.varLong(count);
				record(body);
				body.clear();
				count = 0;
			}
		}

		private void record(ByteSink payload) throws IOException {
			int length = header.size + payload.size;
			if (length > MAX_RECORD) {
				throw new IOException("a record of " + length + " bytes is over the format's " + MAX_RECORD);
			}
			crc.reset();
			crc.update(header.bytes, 0, header.size);
			crc.update(payload.bytes, 0, payload.size);
			writeInt(length);
			out.write(header.bytes, 0, header.size);
			out.write(payload.bytes, 0, payload.size);
			writeInt((int) crc.getValue());
		}

		private void writeInt(int v) throws IOException {
			out.write(v >>> 24);
			out.write(v >>> 16);
			out.write(v >>> 8);
			out.write(v);
		}

		long values() {
			return values;
		}
	}

	private record SignalKey(String endpoint, @Nullable String nodeId, @Nullable String tag) {
	}

	private record StatusKey(long code, String text) {
	}
}
