// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.WorkstationKey;

/**
 * Chains to tamper with, and an auditor's own reading of the format: the hash is recomputed here from the package
 * documentation, not with the production code, so that the tests also check that the documentation is true.
 */
final class EvidenceFixtures {
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:15:30.123Z"), ZoneOffset.UTC);

	private EvidenceFixtures() {
	}

	/** Ten records: 0-4 observations, 5 a checkpoint, 6-9 observations. Returns the head. */
	static ChainHead tenRecords(Path file, WorkstationKey key) throws IOException {
		try (EvidenceChain chain = EvidenceChain.open(file, key, CLOCK)) {
			for (int i = 0; i < 5; i++) {
				chain.append("observation", observation(i));
			}
			chain.checkpoint();
			for (int i = 6; i < 10; i++) {
				chain.append("observation", observation(i));
			}
			return chain.head();
		}
	}

	static String observation(int i) {
		return "{\"node\":\"ns=2;s=Plant/FT-" + (100 + i) + "/PV\",\"value\":" + (12.5 + i)
				+ ",\"status\":\"Good\",\"source\":\"2026-12-06T10:15:30.100Z\"}";
	}

	static List<String> lines(Path file) throws IOException {
		return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	static void write(Path file, List<String> lines) throws IOException {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line).append('\n');
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	static String[] fields(String line) {
		return line.split("\t", -1);
	}

	/** The line with field {@code field} replaced, its hash left as it was. */
	static String withField(String line, int field, String value) {
		String[] fields = fields(line);
		fields[field] = value;
		return String.join("\t", fields);
	}

	/** The line with its hash recomputed, as someone covering an edit would (payload without escapes only). */
	static String rehashed(String line) {
		String[] f = fields(line);
		f[5] = auditorHash(f[0], f[1], f[2], f[3], f[4]);
		return String.join("\t", f);
	}

	/** Every line from {@code from} on chained again to the one before, as someone rewriting the chain would. */
	static void rechain(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			lines.set(i, rehashed(withField(lines.get(i), 4, fields(lines.get(i - 1))[5])));
		}
	}

	/** SHA-256 over length-prefixed fields, exactly as the package documentation specifies. */
	static String auditorHash(String index, String time, String kind, String payload, String previousHash) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (String field : List.of("twinworks-evidence-record-v1", index, time, kind, payload, previousHash)) {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
				sha256.update(bytes);
			}
			return HexFormat.of().formatHex(sha256.digest());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
