// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The payload of one record of a version-1 recording, a record a value. The recorder writes the compact
 * {@link CompactFormat version 2} now; version 1 is still read, and written when recording goes on in a file of
 * version 1. Numbers, booleans and texts keep their Java type; any other value (unsigned integers, date-times...) is
 * kept as its text. Instants keep their nanoseconds so a replayed value equals the recorded one.
 */
final class RecordFormat {
	private static final byte NULL = 0;
	private static final byte DOUBLE = 1;
	private static final byte FLOAT = 2;
	private static final byte LONG = 3;
	private static final byte INT = 4;
	private static final byte SHORT = 5;
	private static final byte BYTE = 6;
	private static final byte BOOLEAN = 7;
	private static final byte TEXT = 8;
	private static final VarHandle INT_AT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
	private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

	private RecordFormat() {
	}

	static byte[] encode(RecordedValue record) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
		DataOutputStream out = new DataOutputStream(bytes);
		instant(out, record.arrival());
		text(out, record.endpoint());
		text(out, record.nodeId());
		text(out, record.tag());
		SignalValue value = record.value();
		value(out, value.value());
		out.writeLong(value.statusCode());
		text(out, value.status());
		instant(out, value.sourceTime());
		instant(out, value.serverTime());
		out.flush();
		return bytes.toByteArray();
	}

	/** The big-endian int at {@code offset} (the record's length and checksum). */
	static int intAt(byte[] bytes, int offset) {
		return (int) INT_AT.get(bytes, offset);
	}

	/**
	 * Decodes the records of one file, sharing what repeats: the tag, node, endpoint and status texts and the
	 * arrival of a batch are one object each, not one per value (a long recording holds millions of values of a
	 * few thousand signals). The shared texts are found by their bytes, so a repeated text costs no new string; a
	 * source or server time equal to the arrival is the arrival's object.
	 */
	static final class Reader {
		private final TextCache texts = new TextCache();
		private @Nullable Instant lastArrival;
		private byte[] bytes = new byte[0];
		private int at;

		RecordedValue decode(byte[] buffer, int offset, int length) throws IOException {
			bytes = buffer;
			at = offset;
			int end = offset + length;
			try {
				Instant arrival = instant();
				if (arrival != null && arrival.equals(lastArrival)) {
					arrival = lastArrival;
				}
				lastArrival = arrival;
				String endpoint = sharedText();
				String nodeId = sharedText();
				String tag = sharedText();
				Object value = value();
				long code = longAt();
				String status = sharedText();
				Instant source = same(instant(), arrival);
				Instant server = same(instant(), arrival);
				if (at > end) {
					throw new EOFException("record ends early");
				}
				return new RecordedValue(arrival, endpoint, nodeId, tag,
						new SignalValue(value, code, status, source, server));
			} catch (ArrayIndexOutOfBoundsException e) {
				throw new EOFException("record ends early");
			} catch (DateTimeException e) {
				throw new IOException("a time out of range: " + e.getMessage(), e);
			}
		}

		private static @Nullable Instant same(@Nullable Instant time, @Nullable Instant arrival) {
			return time != null && time.equals(arrival) ? arrival : time;
		}

		private @Nullable Instant instant() {
			if (bytes[at++] == 0) {
				return null;
			}
			long seconds = longAt();
			int nanos = (int) INT_AT.get(bytes, at);
			at += 4;
			Instant last = lastArrival;
			if (last != null && last.getEpochSecond() == seconds && last.getNano() == nanos) {
				return last;
			}
			return Instant.ofEpochSecond(seconds, nanos);
		}

		private long longAt() {
			long v = (long) LONG_AT.get(bytes, at);
			at += 8;
			return v;
		}

		private @Nullable String sharedText() throws IOException {
			if (bytes[at++] == 0) {
				return null;
			}
			int length = utfLength();
			String text = texts.get(bytes, at, length);
			at += length;
			return text;
		}

		private int utfLength() {
			int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
			at += 2;
			return length;
		}

		private @Nullable Object value() throws IOException {
			byte type = bytes[at++];
			Object value;
			switch (type) {
			case NULL -> value = null;
			case DOUBLE -> value = Double.longBitsToDouble(longAt());
			case FLOAT -> {
				value = Float.intBitsToFloat((int) INT_AT.get(bytes, at));
				at += 4;
			}
			case LONG -> value = longAt();
			case INT -> {
				value = (int) INT_AT.get(bytes, at);
				at += 4;
			}
			case SHORT -> {
				value = (short) (((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF));
				at += 2;
			}
			case BYTE -> value = bytes[at++];
			case BOOLEAN -> value = bytes[at++] != 0;
			case TEXT -> {
				int length = utfLength();
				value = utf(bytes, at, length);
				at += length;
			}
			default -> throw new EOFException("unknown value type " + type);
			}
			return value;
		}
	}

	/**
	 * Texts by their modified UTF-8 bytes (what {@link DataOutputStream#writeUTF} wrote): an open-addressing table,
	 * so a text seen before is found without decoding it again.
	 */
	private static final class TextCache {
		private byte[][] keys = new byte[1024][];
		private String[] texts = new String[1024];
		private int size;

		String get(byte[] buffer, int offset, int length) throws IOException {
			int hash = 1;
			for (int i = offset; i < offset + length; i++) {
				hash = 31 * hash + buffer[i];
			}
			int mask = keys.length - 1;
			int slot = mix(hash) & mask;
			while (keys[slot] != null) {
				byte[] key = keys[slot];
				if (Arrays.equals(key, 0, key.length, buffer, offset, offset + length)) {
					return texts[slot];
				}
				slot = (slot + 1) & mask;
			}
			String text = utf(buffer, offset, length);
			keys[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
			texts[slot] = text;
			if (++size * 2 > keys.length) {
				grow();
			}
			return text;
		}

		private void grow() {
			byte[][] oldKeys = keys;
			String[] oldTexts = texts;
			keys = new byte[oldKeys.length * 2][];
			texts = new String[oldKeys.length * 2];
			int mask = keys.length - 1;
			for (int i = 0; i < oldKeys.length; i++) {
				byte[] key = oldKeys[i];
				if (key != null) {
					int hash = 1;
					for (byte b : key) {
						hash = 31 * hash + b;
					}
					int slot = mix(hash) & mask;
					while (keys[slot] != null) {
						slot = (slot + 1) & mask;
					}
					keys[slot] = key;
					texts[slot] = oldTexts[i];
				}
			}
		}

		private static int mix(int hash) {
			return hash ^ (hash >>> 16);
		}
	}

	/** Modified UTF-8 bytes as a text: plain ASCII directly, anything else as {@link DataInputStream#readUTF}. */
	private static String utf(byte[] buffer, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			if (buffer[i] <= 0) {
				byte[] framed = new byte[length + 2];
				framed[0] = (byte) (length >>> 8);
				framed[1] = (byte) length;
				System.arraycopy(buffer, offset, framed, 2, length);
				return new DataInputStream(new ByteArrayInputStream(framed)).readUTF();
			}
		}
		return new String(buffer, offset, length, StandardCharsets.ISO_8859_1);
	}

	private static void value(DataOutputStream out, Object value) throws IOException {
		switch (value) {
		case null -> out.writeByte(NULL);
		case Double d -> {
			out.writeByte(DOUBLE);
			out.writeDouble(d);
		}
		case Float f -> {
			out.writeByte(FLOAT);
			out.writeFloat(f);
		}
		case Long l -> {
			out.writeByte(LONG);
			out.writeLong(l);
		}
		case Integer i -> {
			out.writeByte(INT);
			out.writeInt(i);
		}
		case Short s -> {
			out.writeByte(SHORT);
			out.writeShort(s);
		}
		case Byte b -> {
			out.writeByte(BYTE);
			out.writeByte(b);
		}
		case Boolean b -> {
			out.writeByte(BOOLEAN);
			out.writeBoolean(b);
		}
		default -> {
			out.writeByte(TEXT);
			out.writeUTF(value.toString());
		}
		}
	}

	private static void text(DataOutputStream out, String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			out.writeUTF(text);
		}
	}

	private static void instant(DataOutputStream out, Instant instant) throws IOException {
		out.writeBoolean(instant != null);
		if (instant != null) {
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano());
		}
	}

}
