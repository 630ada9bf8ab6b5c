// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * A recording read back, in arrival order. Reading stops at the first record that is torn (the file ends
 * inside it) or damaged (length out of bounds, checksum mismatch): everything before it is kept, and
 * {@link #damagedTail()} says that the rest was skipped.
 */
public record Recording(List<RecordedValue> values, boolean damagedTail) {

	public Recording {
		values = List.copyOf(values);
	}

	public static Recording read(Path file) throws IOException {
		List<RecordedValue> values = new ArrayList<>();
		long intact = scan(file, values);
		return new Recording(values, intact < Files.size(file));
	}

	/**
	 * The length of the file's intact part: every whole record with a matching checksum, up to the first that is
	 * not. What follows it is a record a crash tore, which a new recording must not be appended after.
	 */
	static long intactLength(Path file) throws IOException {
		return Files.exists(file) ? scan(file, null) : 0;
	}

	/** Reads records into {@code values} (when given) and returns the byte length of the intact ones. */
	private static long scan(Path file, @Nullable List<RecordedValue> values) throws IOException {
		CRC32 crc = new CRC32();
		RecordFormat.Reader reader = new RecordFormat.Reader();
		long intact = 0;
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			while (true) {
				int length;
				try {
					length = in.readInt();
				} catch (EOFException e) {
					return intact;
				}
				if (length <= 0 || length > Recorder.MAX_RECORD) {
					return intact;
				}
				byte[] payload = new byte[length];
				if (in.readNBytes(payload, 0, length) < length) {
					return intact;
				}
				int expected;
				try {
					expected = in.readInt();
				} catch (EOFException e) {
					return intact;
				}
				crc.reset();
				crc.update(payload);
				if ((int) crc.getValue() != expected) {
					return intact;
				}
				if (values != null) {
					values.add(reader.decode(payload));
				}
				intact += 4L + length + 4L;
			}
		}
	}
}
