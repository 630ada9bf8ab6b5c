// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.commissioning.tests.EvidenceFixtures.CLOCK;
import static org.twinworks.commissioning.tests.EvidenceFixtures.auditorHash;
import static org.twinworks.commissioning.tests.EvidenceFixtures.fields;
import static org.twinworks.commissioning.tests.EvidenceFixtures.lines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainRecord;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.Verification;
import org.twinworks.commissioning.evidence.WorkstationKey;

class EvidenceChainTest {
	@TempDir
	Path dir;

	private WorkstationKey key() throws IOException {
		return WorkstationKey.loadOrCreate(dir.resolve("pki").resolve("own"));
	}

	@Test
	void theChainLivesBesideTheRecord() {
		assertEquals(dir.resolve("plant.twincx.chain"), EvidenceChain.beside(dir.resolve("plant.twincx")));
	}

	@Test
	void anEmptyChainStartsAtTheGenesisAndTheFirstRecordChainsToIt() throws IOException {
		Path file = dir.resolve("new").resolve("plant.twincx.chain");
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			assertEquals(ChainHead.empty(), chain.head());
			assertEquals("0".repeat(64), chain.head().hash());
			ChainRecord first = chain.append("observation", "{}");
			assertEquals(0, first.index());
			assertEquals(ChainHead.GENESIS, first.previousHash());
			assertEquals(new ChainHead(1, first.hash()), chain.head());
		}
		assertTrue(Files.isRegularFile(file));
	}

	@Test
	void hashesFollowThePublishedEncoding() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			chain.append("observation", "{\"v\":1}");
			chain.append("signature", "Ada Lovelace, performed");
			chain.checkpoint();
		}
		String previous = ChainHead.GENESIS;
		for (String line : lines(file)) {
			String[] f = fields(line);
			assertEquals(6, f.length);
			assertEquals("2026-12-06T10:15:30.123Z", f[1]);
			assertEquals(previous, f[4]);
			assertEquals(auditorHash(f[0], f[1], f[2], f[3], f[4]), f[5], "an auditor's hash of " + line);
			previous = f[5];
		}
	}

	@Test
	void anyPayloadStaysOnOneLineAndReadsBackExactly() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		String payload = "tab\there\nnew line\r\nback\\slash \\n not an escape \u0000\u001b\u007f é ∑ 🌊 \"quoted\"";
		ChainRecord written;
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			written = chain.append("kind\twith tab", payload);
		}
		List<String> lines = lines(file);
		assertEquals(1, lines.size());
		assertEquals(6, fields(lines.get(0)).length);
		Verification v = ChainVerifier.verify(file, new ChainHead(1, written.hash()));
		assertTrue(v.intact(), v.message());
		assertEquals(payload, written.payload());
	}

	@Test
	void appendAllWritesConsecutiveChainedRecords() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			chain.append("observation", "a");
			List<ChainRecord> records = chain
					.appendAll(List.of(Map.entry("observation", "b"), Map.entry("observation", "c")));
			assertEquals(List.of(1L, 2L), records.stream().map(ChainRecord::index).toList());
			assertEquals(records.get(0).hash(), records.get(1).previousHash());
			assertEquals(new ChainHead(3, records.get(1).hash()), chain.head());
			assertEquals(List.of(), chain.appendAll(List.of()));
		}
		assertEquals(3, lines(file).size());
	}

	@Test
	void appendingAfterReopenContinuesTheChain() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		WorkstationKey key = key();
		ChainHead first;
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			chain.append("observation", "a");
			chain.checkpoint();
			first = chain.head();
		}
		Clock later = Clock.offset(CLOCK, Duration.ofMinutes(5));
		ChainHead second;
		try (EvidenceChain chain = EvidenceChain.open(file, key, later)) {
			assertEquals(first, chain.head());
			ChainRecord next = chain.append("observation", "b");
			assertEquals(2, next.index());
			assertEquals(first.hash(), next.previousHash());
			assertEquals(CLOCK.instant().plus(Duration.ofMinutes(5)), next.time());
			chain.checkpoint();
			second = chain.head();
		}
		Verification v = ChainVerifier.verify(file, second);
		assertTrue(v.intact(), v.message());
		assertEquals(4, v.records());
		assertEquals(2, v.checkpoints());
		assertEquals(0, v.recordsAfterLastCheckpoint());
	}

	@Test
	void aLineTornByACrashIsCutBeforeAppendingAndNothingElse() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		WorkstationKey key = key();
		ChainHead head;
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			chain.append("observation", "a");
			chain.append("observation", "b");
			head = chain.head();
		}
		byte[] recorded = Files.readAllBytes(file);
		Files.writeString(file, "2\t2026-12-06T10:15:30.123Z\tobservation\t{\"half", StandardOpenOption.APPEND);
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			assertEquals(head, chain.head());
			assertArrayEquals(recorded, Files.readAllBytes(file), "exactly the torn line is cut");
			chain.append("observation", "c");
			head = chain.head();
		}
		Verification v = ChainVerifier.verify(file, head);
		assertTrue(v.intact(), v.message());
		assertEquals(3, v.records());
		assertFalse(Files.readString(file).contains("half"));
	}

	@Test
	void aFileWhoseOnlyLineIsTornStartsAgainFromTheGenesis() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		Files.writeString(file, "0\t2026-12-06T10:15:30.1");
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			assertEquals(ChainHead.empty(), chain.head());
		}
		assertEquals(0, Files.size(file));
	}

	@Test
	void aChainWhoseLastLineIsNotARecordIsNotContinued() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		Files.writeString(file, "this is not a record\n");
		IOException e = assertThrows(IOException.class, () -> EvidenceChain.open(file, key(), CLOCK));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("verify"), e.getMessage());
		assertEquals("this is not a record\n", Files.readString(file));
	}

	@Test
	void aSecondWriterIsRefused() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		WorkstationKey key = key();
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			IOException e = assertThrows(IOException.class, () -> EvidenceChain.open(file, key, CLOCK));
			assertTrue(e.getMessage().contains("fork"), e.getMessage());
			chain.append("observation", "still mine");
		}
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			assertEquals(1, chain.head().count());
		}
	}

	@Test
	void onlyCheckpointWritesCheckpointsAndWhatUtf8CannotCarryIsRefused() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			assertThrows(IllegalArgumentException.class, () -> chain.append(ChainRecord.CHECKPOINT, "x"));
			assertThrows(IllegalArgumentException.class, () -> chain.append("", "x"));
			assertThrows(IllegalArgumentException.class, () -> chain.append("observation", "lone \ud800 surrogate"));
			assertThrows(IllegalArgumentException.class,
					() -> chain.append("observation", "x".repeat(ChainLinesLimit.ONE_MIB + 1)));
			assertEquals(ChainHead.empty(), chain.head(), "a refused record is not written");
		}
		assertEquals(0, Files.size(file));
	}

	@Test
	void aCheckpointSignsTheHeadBeforeItWithTheWorkstationKey() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		WorkstationKey key = key();
		ChainRecord checkpoint;
		ChainHead before;
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			chain.append("observation", "a");
			before = chain.head();
			checkpoint = chain.checkpoint();
		}
		assertTrue(checkpoint.isCheckpoint());
		assertEquals(before.hash(), checkpoint.previousHash());
		assertTrue(checkpoint.payload().startsWith("signed-index=0 signed-hash=" + before.hash() + " public-key="),
				checkpoint.payload());
		Verification v = ChainVerifier.verify(file, checkpoint.headAfter());
		assertEquals(List.of(key.fingerprint()), v.signerFingerprints());
		assertEquals(1, v.checkpoints());
	}

	@Test
	void aCheckpointOnAnEmptyChainSignsTheGenesis() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		ChainRecord checkpoint;
		try (EvidenceChain chain = EvidenceChain.open(file, key(), CLOCK)) {
			checkpoint = chain.checkpoint();
		}
		assertTrue(checkpoint.payload().startsWith("signed-index=-1 signed-hash=" + ChainHead.GENESIS));
		assertTrue(ChainVerifier.verify(file, checkpoint.headAfter()).intact());
	}

	@Test
	void recordTimesAreUtcMilliseconds() throws IOException {
		Path file = dir.resolve("plant.twincx.chain");
		Clock nanos = Clock.fixed(Instant.parse("2026-12-06T10:15:30.123456789Z"),
				java.time.ZoneId.of("Europe/Berlin"));
		try (EvidenceChain chain = EvidenceChain.open(file, key(), nanos)) {
			assertEquals(Instant.parse("2026-12-06T10:15:30.123Z"), chain.append("observation", "a").time());
		}
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("0\t2026-12-06T10:15:30.123Z\t"));
	}

	/** The line limit of the format, 1 MiB. */
	private static final class ChainLinesLimit {
		static final int ONE_MIB = 1 << 20;
	}
}
