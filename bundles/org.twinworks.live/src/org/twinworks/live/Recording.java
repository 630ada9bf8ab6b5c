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
 * {@link #damagedTail()} says that the rest was skipped. Both formats read: the compact {@link CompactFormat
 * version 2} the {@link Recorder} writes now, and version 1 (a record per value) of older recordings.
 */
public record Recording(List<RecordedValue> values, boolean damagedTail) {
	private static final int CHUNK = 1 << 20;

	public Recording {
		values = List.copyOf(values);
	}

	public static Recording read(Path file) throws IOException {
		List<RecordedValue> values = new ArrayList<>();
		Streamed streamed = stream(file, values::add);
		return new Recording(values, streamed.damagedTail());
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
		if (version(file) == 1) {
			long[] count = {0};
			long intact = scanLegacy(file, value -> {
				count[0]++;
				consumer.accept(value);
			});
			return new Streamed(count[0], intact < Files.size(file));
		}
		return streamColumns(file, columns -> {
			for (int row = 0; row < columns.size(); row++) {
				consumer.accept(columns.recordedValue(row));
			}
		});
	}

	/**
	 * Gives the recording's values as batches of primitive columns, reused from batch to batch, with each signal
	 * declared before its first value: the way to analyse a long recording, with no object per value. The same
	 * values in the same order, and the same stop, as {@link #stream}. A version-1 recording is decoded value by
	 * value and then put in columns: correct, not fast.
	 */
	public static Streamed streamColumns(Path file, ColumnConsumer consumer) throws IOException {
		if (version(file) == 1) {
			LegacyColumns columns = new LegacyColumns(consumer);
			long[] count = {0};
			long intact = scanLegacy(file, value -> {
				count[0]++;
				columns.accept(value);
			});
			columns.finish();
			return new Streamed(count[0], intact < Files.size(file));
		}
		CompactDecoder decoder = new CompactDecoder(consumer);
		long[] count = {0};
		long intact = scanCompact(file, (buffer, offset, length) -> count[0] += decoder.decode(buffer, offset, length));
		return new Streamed(count[0], intact < Files.size(file));
	}

	/**
	 * The length of the file's intact part: every whole record with a matching checksum, up to the first that is
	 * not. What follows it is a record a crash tore, which a new recording must not be appended after.
	 */
	static long intactLength(Path file) throws IOException {
		return inspect(file).intact();
	}

	/** A file as a recorder finds it: its format (0 when empty), its intact length and what it declared. */
	record Inspection(int version, long intact, RecordedColumns.Dictionary dictionary) {
	}

	static Inspection inspect(Path file) throws IOException {
		if (!Files.exists(file) || Files.size(file) == 0) {
			return new Inspection(0, 0, new RecordedColumns.Dictionary());
		}
		if (version(file) == 1) {
			return new Inspection(1, scanLegacy(file, null), new RecordedColumns.Dictionary());
		}
		CompactDecoder decoder = new CompactDecoder(null);
		long intact = scanCompact(file, decoder::decode);
		return new Inspection(intact == 0 ? 0 : 2, intact, decoder.dictionary());
	}

	/** 1 for a record per value (no header), else 2; an empty file or a torn header counts as 2. */
	private static int version(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			int first = in.read();
			return first < 0 || first == (CompactFormat.MAGIC[0] & 0xFF) ? 2 : 1;
		}
	}

	private interface RecordVisitor {
		void record(byte[] buffer, int offset, int length) throws IOException;
	}

	private static long scanLegacy(Path file, @Nullable Consumer<RecordedValue> values) throws IOException {
		RecordFormat.Reader reader = new RecordFormat.Reader();
		return scan(file, 0, Recorder.MAX_RECORD,
				values == null
						? null
						: (buffer, offset, length) -> values.accept(reader.decode(buffer, offset, length)));
	}

	/** The header checked, then the records; the intact length is 0 unless the whole header is there. */
	private static long scanCompact(Path file, RecordVisitor visitor) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] header = in.readNBytes(CompactFormat.MAGIC.length);
			if (header.length < CompactFormat.MAGIC.length) {
				return 0; // empty, or torn while its header was written
			}
			if (!Arrays.equals(header, CompactFormat.MAGIC)) {
				throw new IOException(file + " is not a Twinworks recording, or one of a later version (header "
						+ Arrays.toString(header) + ")");
			}
		}
		return scan(file, CompactFormat.MAGIC.length, CompactFormat.MAX_RECORD, visitor);
	}

	/**
	 * Gives the intact records from {@code start} on to {@code visitor} (when given) and returns the byte length of
	 * the file's intact part. The file is read in chunks into one buffer and each record decoded where it lies (no
	 * copy, no stream per record).
	 */
	private static long scan(Path file, long start, int maxRecord, @Nullable RecordVisitor visitor) throws IOException {
		CRC32 crc = new CRC32();
		long intact = start;
		byte[] buffer = new byte[CHUNK];
		int at = 0;
		int end = 0;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(start);
			while (true) {
				if (end - at < 4) {
					end = refill(in, buffer, at, end);
					at = 0;
					if (end < 4) {
						return intact; // the end of the file, or a torn length
					}
				}
				int length = RecordFormat.intAt(buffer, at);
				if (length <= 0 || length > maxRecord) {
					return intact;
				}
				int whole = 4 + length + 4;
				if (end - at < whole) {
					if (whole > buffer.length) {
						buffer = Arrays.copyOf(buffer, Math.max(whole, buffer.length * 2));
					}
					end = refill(in, buffer, at, end);
					at = 0;
					if (end < whole) {
						return intact; // torn
					}
				}
				crc.reset();
				crc.update(buffer, at + 4, length);
				if ((int) crc.getValue() != RecordFormat.intAt(buffer, at + 4 + length)) {
					return intact;
				}
				if (visitor != null) {
					try {
						visitor.record(buffer, at + 4, length);
					} catch (IOException e) {
						throw new IOException(
								file + ": the record at byte " + intact + " cannot be read: " + e.getMessage(), e);
					}
				}
				at += whole;
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
