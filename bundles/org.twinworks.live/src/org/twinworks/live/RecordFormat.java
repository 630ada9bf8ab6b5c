// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The payload of one recording record. Numbers, booleans and texts keep their Java type; any other value
 * (unsigned integers, date-times...) is kept as its text. Instants keep their nanoseconds so a replayed
 * value equals the recorded one.
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

	/**
	 * Decodes the records of one file, sharing what repeats: the tag, node, endpoint and status texts and the
	 * arrival of a batch are one object each, not one per value (a long recording holds millions of values of a
	 * few thousand signals).
	 */
	static final class Reader {
		private final Map<String, String> texts = new HashMap<>();
		private Instant lastArrival;

		RecordedValue decode(byte[] payload) throws IOException {
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
			Instant arrival = instant(in);
			if (arrival != null && arrival.equals(lastArrival)) {
				arrival = lastArrival;
			}
			lastArrival = arrival;
			String endpoint = shared(text(in));
			String nodeId = shared(text(in));
			String tag = shared(text(in));
			Object value = value(in);
			long code = in.readLong();
			String status = shared(text(in));
			SignalValue signalValue = new SignalValue(value, code, status, instant(in), instant(in));
			return new RecordedValue(arrival, endpoint, nodeId, tag, signalValue);
		}

		private String shared(String text) {
			return text == null ? null : texts.computeIfAbsent(text, t -> t);
		}
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

	private static Object value(DataInputStream in) throws IOException {
		byte type = in.readByte();
		return switch (type) {
		case NULL -> null;
		case DOUBLE -> in.readDouble();
		case FLOAT -> in.readFloat();
		case LONG -> in.readLong();
		case INT -> in.readInt();
		case SHORT -> in.readShort();
		case BYTE -> in.readByte();
		case BOOLEAN -> in.readBoolean();
		case TEXT -> in.readUTF();
		default -> throw new EOFException("unknown value type " + type);
		};
	}

	private static void text(DataOutputStream out, String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			out.writeUTF(text);
		}
	}

	private static String text(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}

	private static void instant(DataOutputStream out, Instant instant) throws IOException {
		out.writeBoolean(instant != null);
		if (instant != null) {
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano());
		}
	}

	private static Instant instant(DataInputStream in) throws IOException {
		return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
	}
}
