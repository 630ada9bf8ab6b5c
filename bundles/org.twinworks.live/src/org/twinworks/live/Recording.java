// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

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
		CRC32 crc = new CRC32();
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			while (true) {
				int length;
				try {
					length = in.readInt();
				} catch (EOFException e) {
					return new Recording(values, false);
				}
				if (length <= 0 || length > Recorder.MAX_RECORD) {
					return new Recording(values, true);
				}
				byte[] payload = new byte[length];
				if (in.readNBytes(payload, 0, length) < length) {
					return new Recording(values, true);
				}
				int expected;
				try {
					expected = in.readInt();
				} catch (EOFException e) {
					return new Recording(values, true);
				}
				crc.reset();
				crc.update(payload);
				if ((int) crc.getValue() != expected) {
					return new Recording(values, true);
				}
				values.add(decode(payload));
			}
		}
	}

	private static RecordedValue decode(byte[] payload) throws IOException {
		try (InputStream bytes = new ByteArrayInputStream(payload)) {
			return RecordFormat.decode(new DataInputStream(bytes));
		}
	}
}
