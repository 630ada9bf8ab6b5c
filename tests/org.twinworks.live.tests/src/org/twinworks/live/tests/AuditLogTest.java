// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.AuditLog;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.WriteOutcome;

/**
 * The audit trail after a crash or a full disk tore its last line: readers keep every complete record and skip
 * the torn one, and the next run's records are not glued onto it.
 */
class AuditLogTest {
	@TempDir
	Path directory;

	@Test
	void aTornLastLineIsNotARecordEvenWhenItParses() throws Exception {
		Path file = directory.resolve("audit.log");
		String torn = record(3, "set by the operator").toLine();
		// cut inside the last field: nine fields still, but not what was written
		write(file, lines(record(1, "a"), record(2, "b")), bytes(torn.substring(0, torn.length() - 5)));

		assertEquals(List.of(record(1, "a"), record(2, "b")), AuditLog.read(file, 100));
	}

	@Test
	void aLastLineTornInsideACharacterLeavesTheOtherRecordsReadable() throws Exception {
		Path file = directory.resolve("audit.log");
		byte[] torn = bytes(record(2, "Überdruck").toLine());
		int insideU = record(2, "").toLine().length() + 1; // after the first of the two bytes of "Ü"
		write(file, lines(record(1, "a")), Arrays.copyOf(torn, insideU));

		assertEquals(List.of(record(1, "a")), AuditLog.read(file, 100));
	}

	@Test
	void aDamagedLineInTheMiddleCostsOnlyThatLine() throws Exception {
		Path file = directory.resolve("audit.log");
		write(file, lines(record(1, "a")), new byte[]{(byte) 0xFF, (byte) 0xFE, '\n'}, lines(record(2, "b")));

		assertEquals(List.of(record(1, "a"), record(2, "b")), AuditLog.read(file, 100));
	}

	@Test
	void theNextRecordStartsALineOfItsOwnAfterATornOne() throws Exception {
		Path file = directory.resolve("audit.log");
		String torn = record(2, "lost").toLine();
		write(file, lines(record(1, "a")), bytes(torn.substring(0, 20)));

		try (AuditLog log = AuditLog.open(file, 10)) {
			log.append(record(3, "c"));
		}

		assertEquals(List.of(record(1, "a"), record(3, "c")), AuditLog.read(file, 100));
		assertEquals(record(1, "a").toLine() + "\n" + record(3, "c").toLine() + "\n", Files.readString(file));
	}

	@Test
	void readGivesTheLastRecordsOldestFirst() throws Exception {
		Path file = directory.resolve("audit.log");
		write(file, lines(record(1, "a"), record(2, "b"), record(3, "c")));

		assertEquals(List.of(record(2, "b"), record(3, "c")), AuditLog.read(file, 2));
		assertEquals(List.of(), AuditLog.read(directory.resolve("missing.log"), 2));
	}

	private static AuditRecord record(int second, String detail) {
		return new AuditRecord(Instant.ofEpochSecond(1_780_000_000L + second), "operator", "opc.tcp://plant:4840",
				"ns=2;s=FIC-" + second + ".SP", "FIC-" + second + ".SP", String.valueOf(second), "12.5",
				WriteOutcome.OK, detail);
	}

	private static byte[] lines(AuditRecord... records) {
		StringBuilder text = new StringBuilder();
		for (AuditRecord record : records) {
			text.append(record.toLine()).append('\n');
		}
		return bytes(text.toString());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Path file, byte[]... parts) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.write(part);
		}
		Files.write(file, out.toByteArray());
	}
}
