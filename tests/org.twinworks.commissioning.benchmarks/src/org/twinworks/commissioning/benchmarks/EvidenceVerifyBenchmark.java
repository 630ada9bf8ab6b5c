// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.Verification;
import org.twinworks.commissioning.evidence.WorkstationKey;

/**
 * 100,000 evidence records of about 300 bytes, written as the engine would (batches with one force to disk each and
 * a signed checkpoint per batch), then verified; next to the raw library over the same file in the same run:
 * Files.readAllLines and a plain SHA-256 of every line, the floor of any verifier that reads and hashes. The first
 * rounds warm the JIT and are printed apart; then the two alternate and medians are compared.
 */
class EvidenceVerifyBenchmark {
	private static final int RECORDS = 100_000;
	private static final int BATCH = 1_000;
	private static final int WARM_UP = 2;
	private static final int ROUNDS = 5;
	private static final double TARGET_SECONDS = 2.0;

	@TempDir
	Path dir;

	@Test
	void verifyingOneHundredThousandRecordsAgainstReadingAndHashingThem() throws IOException {
		WorkstationKey key = WorkstationKey.loadOrCreate(dir.resolve("pki").resolve("own"));
		Path file = EvidenceChain.beside(dir.resolve("plant.twincx"));
		ChainHead head = write(file, key);
		print("evidence file: %,d records of which %,d checkpoints, %.1f MB, %.0f bytes a line", head.count(),
				head.count() / (BATCH + 1), Files.size(file) / 1e6, (double) Files.size(file) / head.count());

		List<Double> warmUp = new ArrayList<>();
		for (int i = 0; i < WARM_UP; i++) {
			warmUp.add(verify(file, head, key));
			raw(file);
		}
		List<Double> ours = new ArrayList<>();
		List<Double> raw = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			if (round % 2 == 0) {
				ours.add(verify(file, head, key));
				raw.add(raw(file));
			} else {
				raw.add(raw(file));
				ours.add(verify(file, head, key));
			}
		}
		double median = median(ours);
		print("verify %,d records (hashes, links, %,d Ed25519 checkpoint signatures, trusted key): median %.3f s"
				+ " (target <= %.1f s: %s); rounds %s; warm-up %s", head.count(), head.count() / (BATCH + 1), median,
				TARGET_SECONDS, median <= TARGET_SECONDS ? "met" : "MISSED", seconds(ours), seconds(warmUp));
		print("raw library over the same file (Files.readAllLines + MessageDigest SHA-256 of each line): median %.3f s;"
				+ " rounds %s; ratio verify/raw %.2f", median(raw), seconds(raw), median / median(raw));
	}

	private static ChainHead write(Path file, WorkstationKey key) throws IOException {
		Clock clock = Clock.systemUTC();
		long t0 = System.nanoTime();
		try (EvidenceChain chain = EvidenceChain.open(file, key, clock)) {
			List<Map.Entry<String, String>> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < RECORDS; i++) {
				batch.add(Map.entry("observation", observation(i, clock.instant())));
				if (batch.size() == BATCH) {
					chain.appendAll(batch);
					chain.checkpoint();
					batch.clear();
				}
			}
			chain.appendAll(batch);
			double written = (System.nanoTime() - t0) / 1e9;
			print("write %,d records in batches of %,d (one force each) with a checkpoint after each: %.2f s,"
					+ " %,.0f records/s", RECORDS, BATCH, written, RECORDS / written);
			long t1 = System.nanoTime();
			int singles = 200;
			for (int i = 0; i < singles; i++) {
				chain.append("observation", observation(RECORDS + i, clock.instant()));
			}
			print("append one record at a time, forced to disk before returning: %.2f ms each (%d appends)",
					(System.nanoTime() - t1) / 1e6 / singles, singles);
			return chain.head();
		}
	}

	/** About 300 bytes, like an observation: the full DataValue, node, session, user and the recording around it. */
	private static String observation(int i, Instant now) {
		return "{\"check\":\"io-" + (i % 20_000) + "\",\"step\":" + (i % 5) + ",\"node\":\"ns=2;s=Plant/Area" + (i % 40)
				+ "/FT-" + (1000 + i % 20_000) + "/PV\",\"value\":" + (i % 1000) / 10.0
				+ ",\"status\":\"0x00000000 Good\",\"sourceTime\":\"" + now + "\",\"serverTime\":\"" + now
				+ "\",\"session\":\"s-3\",\"user\":\"commissioning.engineer\",\"recording\":\"rec-17#" + (i * 37L)
				+ "-10s+10s\"}";
	}

	private static double verify(Path file, ChainHead head, WorkstationKey key) throws IOException {
		long t0 = System.nanoTime();
		Verification v = ChainVerifier.verify(file, head, Set.of(key.fingerprint()));
		double s = (System.nanoTime() - t0) / 1e9;
		assertTrue(v.intact(), v.message());
		assertEquals(head.count(), v.records());
		return s;
	}

	private static double raw(Path file) throws IOException {
		long t0 = System.nanoTime();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		int sink = 0;
		for (String line : lines) {
			sink += sha256.digest(line.getBytes(StandardCharsets.UTF_8))[0];
		}
		double s = (System.nanoTime() - t0) / 1e9;
		assertTrue(sink != Integer.MIN_VALUE); // keeps the hashing from being optimized away
		return s;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static String seconds(List<Double> values) {
		return values.stream().map(v -> String.format("%.3f", v)).toList().toString();
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(format, args));
	}
}
