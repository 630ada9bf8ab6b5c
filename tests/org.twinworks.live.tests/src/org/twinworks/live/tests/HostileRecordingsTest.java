// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.Recording;

/**
 * Recordings whose records have intact checksums but impossible contents, as the hostile-files harness
 * (releng/reliability/run.sh fuzz) made them: each is refused with an IOException naming the file and the record,
 * never a DateTimeException, a StringIndexOutOfBoundsException or an OutOfMemoryError.
 */
class HostileRecordingsTest {
	private static final byte[] HEADER = {(byte) 0x89, 'T', 'W', 'R', 'E', 'C', 0, 2};
	private static final byte SIGNALS = 1;
	private static final byte VALUES = 3;

	@TempDir
	Path dir;

	@Test
	void aBatchTimeBeyondWhatAnInstantHoldsIsRefusedNamingTheRecord() throws IOException {
		// zigzag(Long.MAX_VALUE) seconds, 0 nanos, no values
		Path file = compact("far-future.twinrec", payload(VALUES, varint(-2L), varint(0), varint(0)));
		assertRefused(file, "a time out of range");
	}

	@Test
	void aBatchCountingMoreValuesThanItsBytesIsRefusedWithoutSizingColumnsByIt() throws IOException {
		Path file = compact("huge-count.twinrec", payload(VALUES, varint(0), varint(0), varint(Integer.MAX_VALUE)));
		assertRefused(file, "values does not fit in its record");
	}

	@Test
	void aTextWithANegativeLengthIsRefusedNamingTheRecord() throws IOException {
		// one signal, id 0, its endpoint's length -1 as an int
		Path file = compact("negative-text.twinrec", payload(SIGNALS, varint(1), varint(0), varint(0xFFFFFFFFL)));
		assertRefused(file, "characters does not fit in its record");
	}

	@Test
	void aVersionOneTimeBeyondWhatAnInstantHoldsIsRefusedNamingTheRecord() throws IOException {
		ByteBuffer arrival = ByteBuffer.allocate(1 + 8 + 4 + 16).put((byte) 1).putLong(Long.MAX_VALUE).putInt(0);
		Path file = Files.write(dir.resolve("legacy.twinrec"), record(arrival.array()));
		assertRefused(file, "a time out of range");
	}

	private static void assertRefused(Path file, String problem) {
		IOException refused = assertThrows(IOException.class, () -> Recording.read(file));
		String message = refused.getMessage();
		assertTrue(message.startsWith(file + ": the record at byte "), message);
		assertTrue(message.contains(problem), message);
	}

	private Path compact(String name, byte[] payload) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(HEADER);
		bytes.write(record(payload));
		return Files.write(dir.resolve(name), bytes.toByteArray());
	}

	/** Length, payload and its CRC-32, so the damage reaches the decoder. */
	private static byte[] record(byte[] payload) {
		CRC32 crc = new CRC32();
		crc.update(payload);
		return ByteBuffer.allocate(8 + payload.length).putInt(payload.length).put(payload).putInt((int) crc.getValue())
				.array();
	}

	private static byte[] payload(byte kind, byte[]... parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(kind);
		for (byte[] part : parts) {
			bytes.writeBytes(part);
		}
		return bytes.toByteArray();
	}

	private static byte[] varint(long value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		long v = value;
		while ((v & ~0x7FL) != 0) {
			bytes.write((int) (v & 0x7F) | 0x80);
			v >>>= 7;
		}
		bytes.write((int) v);
		return bytes.toByteArray();
	}
}
