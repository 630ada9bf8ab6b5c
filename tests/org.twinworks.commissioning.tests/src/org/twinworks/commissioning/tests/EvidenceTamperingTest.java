// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.commissioning.tests.EvidenceFixtures.fields;
import static org.twinworks.commissioning.tests.EvidenceFixtures.lines;
import static org.twinworks.commissioning.tests.EvidenceFixtures.rehashed;
import static org.twinworks.commissioning.tests.EvidenceFixtures.withField;
import static org.twinworks.commissioning.tests.EvidenceFixtures.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.Verification;
import org.twinworks.commissioning.evidence.WorkstationKey;

/** Each kind of tampering with a real chain file, each named at the right record. */
class EvidenceTamperingTest {
	@TempDir
	Path dir;
	private Path file;
	private WorkstationKey key;
	private ChainHead head;

	@BeforeEach
	void tenRecords() throws IOException {
		file = EvidenceChain.beside(dir.resolve("plant.twincx"));
		key = WorkstationKey.loadOrCreate(dir.resolve("pki").resolve("own"));
		head = EvidenceFixtures.tenRecords(file, key);
	}

	@Test
	void anUntouchedChainIsIntactAndSaysWhatItHolds() throws IOException {
		Verification v = ChainVerifier.verify(file, head, Set.of(key.fingerprint()));
		assertTrue(v.intact(), v.message());
		assertNull(v.firstBadIndex());
		assertEquals(10, v.records());
		assertEquals(1, v.checkpoints());
		assertEquals(4, v.recordsAfterLastCheckpoint());
		assertEquals(head, v.head());
		assertEquals(List.of(key.fingerprint()), v.signerFingerprints());
		assertTrue(v.message().contains(file.toString()) && v.message().contains("10 records")
				&& v.message().contains(head.hash()) && v.message().contains(key.fingerprint()), v.message());
	}

	@Test
	void anEditedPayloadIsNamed() throws IOException {
		List<String> lines = lines(file);
		lines.set(3, lines.get(3).replace("15.5", "15.6"));
		write(file, lines);
		assertBadAt(3, "does not match its hash");
	}

	@Test
	void anEditedTimeIsNamed() throws IOException {
		List<String> lines = lines(file);
		lines.set(2, withField(lines.get(2), 1, "2026-12-06T10:15:31.123Z"));
		write(file, lines);
		assertBadAt(2, "does not match its hash");
	}

	@Test
	void anEditedKindIsNamed() throws IOException {
		List<String> lines = lines(file);
		lines.set(7, withField(lines.get(7), 2, "comment"));
		write(file, lines);
		assertBadAt(7, "does not match its hash");
	}

	@Test
	void anEditWhoseHashWasRecomputedIsNamedByTheBrokenLink() throws IOException {
		List<String> lines = lines(file);
		lines.set(3, rehashed(lines.get(3).replace("15.5", "99.9")));
		write(file, lines);
		assertBadAt(3, "record 3 was changed and its hash recomputed");
	}

	@Test
	void aRemovedRecordIsNamed() throws IOException {
		List<String> lines = lines(file);
		lines.remove(4);
		write(file, lines);
		assertBadAt(4, "record 4 is missing");
	}

	@Test
	void swappedRecordsAreNamed() throws IOException {
		List<String> lines = lines(file);
		String six = lines.get(6);
		lines.set(6, lines.get(7));
		lines.set(7, six);
		write(file, lines);
		assertBadAt(6, "record 6 is missing: this line holds record 7");
	}

	@Test
	void aCopiedRecordInsertedIsNamed() throws IOException {
		List<String> lines = lines(file);
		lines.add(3, lines.get(1));
		write(file, lines);
		assertBadAt(3, "a copy of record 1 where record 3 belongs");
	}

	@Test
	void aForgedRecordInsertedWithAPlausibleIndexAndHashIsNamed() throws IOException {
		List<String> lines = lines(file);
		String[] before = fields(lines.get(2));
		String forged = String.join("\t", "3", before[1], "observation", "{\"value\":0}", before[5], "0".repeat(64));
		lines.add(3, rehashed(forged));
		write(file, lines);
		assertBadAt(3, "was inserted");
	}

	@Test
	void aMalformedLineIsNamed() throws IOException {
		List<String> lines = lines(file);
		lines.set(2, "not a record at all");
		write(file, lines);
		assertBadAt(2, "malformed");
	}

	@Test
	void bytesThatAreNotUtf8AreAMalformedLine() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int lineStart = Files.readString(file).indexOf("\n1\t") + 1;
		bytes[lineStart + 40] = (byte) 0xff;
		Files.write(file, bytes);
		assertBadAt(1, "not UTF-8");
	}

	@Test
	void aTornLineInTheMiddleIsReportedNotRepaired() throws IOException {
		List<String> lines = lines(file);
		lines.set(8, lines.get(8).substring(0, 50)); // a crash tore it, and later records were appended after it
		write(file, lines);
		byte[] damaged = Files.readAllBytes(file);
		try (EvidenceChain chain = EvidenceChain.open(file, key, EvidenceFixtures.CLOCK)) {
			assertEquals(head, chain.head());
		}
		assertEquals(damaged.length, Files.readAllBytes(file).length, "open must not repair the middle");
		assertBadAt(8, "malformed");
	}

	@Test
	void aCutOffTailIsNamedAgainstTheHeadTheRecordKept() throws IOException {
		List<String> lines = lines(file);
		write(file, lines.subList(0, 8));
		Verification v = assertBadAt(8, "the chain ends at record 7 but the record says 9: its tail was cut off");
		assertEquals(8, v.records());
	}

	@Test
	void aTailCutOffAndReplacedIsNamedByTheHashTheRecordKept() throws IOException {
		write(file, lines(file).subList(0, 8));
		try (EvidenceChain chain = EvidenceChain.open(file, key, EvidenceFixtures.CLOCK)) {
			chain.append("observation", "{\"value\":1}");
			chain.append("observation", "{\"value\":2}");
		}
		assertBadAt(9, "the chain was rewritten");
	}

	@Test
	void withoutTheKeptHeadACutOffTailIsInvisible() throws IOException {
		// the known weakness of a bare chain: this is why the record keeps the head and the report prints it
		write(file, lines(file).subList(0, 8));
		assertTrue(ChainVerifier.verify(file, null).intact());
	}

	@Test
	void aRemovedChainIsNamedWhenTheRecordSaysItHadRecords() throws IOException {
		Files.delete(file);
		Verification v = ChainVerifier.verify(file, head);
		assertFalse(v.intact());
		assertTrue(v.message().contains("missing"), v.message());
		assertTrue(ChainVerifier.verify(file, ChainHead.empty()).intact());
	}

	@Test
	void aForgedCheckpointSignatureIsNamed() throws IOException {
		List<String> lines = lines(file);
		String checkpoint = lines.get(5);
		String signature = fields(checkpoint)[3].replaceAll(".*signature=", "");
		byte[] bytes = Base64.getDecoder().decode(signature);
		bytes[10] ^= 1;
		String forged = fields(checkpoint)[3].replace(signature, Base64.getEncoder().encodeToString(bytes));
		lines.set(5, rehashed(withField(checkpoint, 3, forged)));
		write(file, lines);
		assertBadAt(5, "signature does not verify");
	}

	@Test
	void aForgedCheckpointInAChainRewrittenAfterItIsNamedBeforeLaterDamage() throws IOException {
		List<String> lines = lines(file);
		String checkpoint = lines.get(5);
		String payload = fields(checkpoint)[3];
		String signature = payload.replaceAll(".*signature=", "");
		byte[] bytes = Base64.getDecoder().decode(signature);
		bytes[0] ^= 1;
		lines.set(5, withField(checkpoint, 3, payload.replace(signature, Base64.getEncoder().encodeToString(bytes))));
		EvidenceFixtures.rechain(lines, 5);
		String rewrittenHead = fields(lines.get(9))[5];
		lines.set(8, lines.get(8).replace("20.5", "20.6")); // and a plain edit further on
		write(file, lines);
		Verification v = ChainVerifier.verify(file, new ChainHead(10, rewrittenHead));
		assertFalse(v.intact(), v.message());
		assertEquals(5L, v.firstBadIndex(), v.message());
		assertTrue(v.message().contains("signature does not verify"), v.message());
		assertEquals(5, v.records());
		assertEquals(0, v.checkpoints());
		assertEquals(List.of(), v.signerFingerprints());
	}

	@Test
	void aCheckpointByAKeyNotTrustedIsNamedOnlyWhenATrustSetIsGiven() throws IOException {
		WorkstationKey other = WorkstationKey.loadOrCreate(dir.resolve("other"));
		Verification v = ChainVerifier.verify(file, head, Set.of(other.fingerprint()));
		assertFalse(v.intact());
		assertEquals(5L, v.firstBadIndex());
		assertTrue(v.message().contains("not trusted") && v.message().contains(key.fingerprint()), v.message());
		assertTrue(ChainVerifier.verify(file, head).intact());
		// fingerprints compare whatever their case and separators
		String pasted = key.fingerprint().replace(":", "").toLowerCase();
		assertTrue(ChainVerifier.verify(file, head, Set.of(pasted)).intact());
	}

	@Test
	void aChainRewrittenWholeWithAnotherKeyIsCaughtByTheTrustedKeys() throws IOException {
		List<String> original = lines(file);
		Files.delete(file);
		WorkstationKey forger = WorkstationKey.loadOrCreate(dir.resolve("forger"));
		ChainHead forgedHead;
		try (EvidenceChain chain = EvidenceChain.open(file, forger, EvidenceFixtures.CLOCK)) {
			for (int i = 0; i < 5; i++) {
				chain.append("observation", fields(original.get(i))[3].replace("15.5", "15.0"));
			}
			chain.checkpoint();
			forgedHead = chain.head();
		}
		assertTrue(ChainVerifier.verify(file, forgedHead).intact(), "every hash and signature is consistent");
		Verification v = ChainVerifier.verify(file, forgedHead, Set.of(key.fingerprint()));
		assertFalse(v.intact());
		assertEquals(5L, v.firstBadIndex());
	}

	@Test
	void aLineLongerThanOneMebibyteIsAProblemNotAnOutOfMemoryError() throws IOException {
		List<String> lines = lines(file);
		write(file, lines.subList(0, 4));
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
			byte[] block = new byte[1 << 16];
			java.util.Arrays.fill(block, (byte) 'x');
			for (int i = 0; i < 64; i++) { // 4 MiB without a line break
				out.write(block);
			}
			out.write('\n');
			for (String line : lines.subList(4, lines.size())) {
				out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		assertBadAt(4, "longer than 1 MiB");
	}

	@Test
	void anUnfinishedLastLineIsNoRecordAndNoDamage() throws IOException {
		Files.writeString(file, "10\t2026-12-06T10:15:30.123Z\tobserva", StandardOpenOption.APPEND);
		Verification v = ChainVerifier.verify(file, head);
		assertTrue(v.intact(), v.message());
		assertEquals(10, v.records());
		assertTrue(v.message().contains("unfinished last line"), v.message());
	}

	private Verification assertBadAt(long index, String reason) throws IOException {
		Verification v = ChainVerifier.verify(file, head, Set.of(key.fingerprint()));
		assertFalse(v.intact(), v.message());
		assertEquals(index, v.firstBadIndex(), v.message());
		assertTrue(v.message().contains(reason), v.message());
		assertTrue(v.message().contains(file.toString()), v.message());
		assertTrue(v.message().contains("record " + index), v.message());
		return v;
	}
}
