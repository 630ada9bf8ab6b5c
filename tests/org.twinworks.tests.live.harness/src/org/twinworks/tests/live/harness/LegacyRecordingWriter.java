// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;

import org.twinworks.live.RecordedValue;
import org.twinworks.live.SignalValue;

/**
 * Writes recordings as the recorder did before the compact format (version 1: a record per value, {@code length,
 * payload, CRC-32}, the payload as {@link DataOutputStream} writes it), so tests can check that old recordings
 * still open and benchmarks can compare with what recordings cost before. Written from the format's description,
 * not from the production encoder.
 */
public final class LegacyRecordingWriter {
	private LegacyRecordingWriter() {
	}

	public static void write(Path file, List<RecordedValue> values) throws IOException {
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				DataOutputStream data = new DataOutputStream(out)) {
			CRC32 crc = new CRC32();
			for (RecordedValue value : values) {
				byte[] payload = payload(value);
				crc.reset();
				crc.update(payload);
				data.writeInt(payload.length);
				data.write(payload);
				data.writeInt((int) crc.getValue());
			}
		}
	}

	private static byte[] payload(RecordedValue record) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		instant(out, record.arrival());
		text(out, record.endpoint());
		text(out, record.nodeId());
		text(out, record.tag());
		SignalValue value = record.value();
		switch (value.value()) {
		case null -> out.writeByte(0);
		case Double d -> {
			out.writeByte(1);
			out.writeDouble(d);
		}
		case Float f -> {
			out.writeByte(2);
			out.writeFloat(f);
		}
		case Long l -> {
			out.writeByte(3);
			out.writeLong(l);
		}
		case Integer i -> {
			out.writeByte(4);
			out.writeInt(i);
		}
		case Short s -> {
			out.writeByte(5);
			out.writeShort(s);
		}
		case Byte b -> {
			out.writeByte(6);
			out.writeByte(b);
		}
		case Boolean b -> {
			out.writeByte(7);
			out.writeBoolean(b);
		}
		default -> {
			out.writeByte(8);
			out.writeUTF(value.value().toString());
		}
		}
		out.writeLong(value.statusCode());
		text(out, value.status());
		instant(out, value.sourceTime());
		instant(out, value.serverTime());
		out.flush();
		return bytes.toByteArray();
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
