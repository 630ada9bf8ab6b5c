// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * A recording read back, in arrival order. Reading stops at the first record that is torn (the file ends
 * inside it) or damaged (length out of bounds, checksum mismatch): everything before it is kept, and
 * {@link #damagedTail()} says that the rest was skipped.
 */
public record Recording(List<RecordedValue> values, boolean damagedTail) {
	private static final int CHUNK = 1 << 20;

	public Recording {
		values = List.copyOf(values);
	}

	public static Recording read(Path file) throws IOException {
		List<RecordedValue> values = new ArrayList<>();
		long intact = scan(file, values::add);
		return new Recording(values, intact < Files.size(file));
	}

	/** What {@link #stream} went through: the values given, and whether a damaged tail was skipped. */
	public record Streamed(long values, boolean damagedTail) {
	}

	/**
	 * Gives the recording's values to {@code consumer} one at a time, in arrival order, reading the file in chunks:
	 * memory stays bounded whatever the recording's length (a one-hour recording of 20,000 signals at 10 Hz holds
	 * 720 million values). The same values, and the same stop at a torn or damaged record, as {@link #read}.
	 */
	public static Streamed stream(Path file, Consumer<RecordedValue> consumer) throws IOException {
		long[] count = {0};
		long intact = scan(file, value -> {
			count[0]++;
			consumer.accept(value);
		});
		return new Streamed(count[0], intact < Files.size(file));
	}

	/**
	 * The length of the file's intact part: every whole record with a matching checksum, up to the first that is
	 * not. What follows it is a record a crash tore, which a new recording must not be appended after.
	 */
	static long intactLength(Path file) throws IOException {
		return Files.exists(file) ? scan(file, null) : 0;
	}

	/**
	 * Gives the records to {@code values} (when given) and returns the byte length of the intact ones. The file is
	 * read in chunks into one buffer and each record decoded where it lies (no copy, no stream per record).
	 */
	private static long scan(Path file, @Nullable Consumer<RecordedValue> values) throws IOException {
		CRC32 crc = new CRC32();
		RecordFormat.Reader reader = new RecordFormat.Reader();
		long intact = 0;
		byte[] buffer = new byte[CHUNK];
		int start = 0;
		int end = 0;
		try (InputStream in = Files.newInputStream(file)) {
			while (true) {
				if (end - start < 4) {
					end = refill(in, buffer, start, end);
					start = 0;
					if (end < 4) {
						return intact; // the end of the file, or a torn length
					}
				}
				int length = RecordFormat.intAt(buffer, start);
				if (length <= 0 || length > Recorder.MAX_RECORD) {
					return intact;
				}
				int whole = 4 + length + 4;
				if (end - start < whole) {
					if (whole > buffer.length) {
						buffer = Arrays.copyOf(buffer, Math.max(whole, buffer.length * 2));
					}
					end = refill(in, buffer, start, end);
					start = 0;
					if (end < whole) {
						return intact; // torn
					}
				}
				crc.reset();
				crc.update(buffer, start + 4, length);
				if ((int) crc.getValue() != RecordFormat.intAt(buffer, start + 4 + length)) {
					return intact;
				}
				if (values != null) {
					values.accept(reader.decode(buffer, start + 4, length));
				}
				start += whole;
				intact += whole;
			}
		}
	}

	/** Moves the unread bytes to the buffer's start and reads as much as fits after them; the new end. */
	private static int refill(InputStream in, byte[] buffer, int start, int end) throws IOException {
		int kept = end - start;
		System.arraycopy(buffer, start, buffer, 0, kept);
		int n = in.readNBytes(buffer, kept, buffer.length - kept);
		return kept + n;
	}
}
