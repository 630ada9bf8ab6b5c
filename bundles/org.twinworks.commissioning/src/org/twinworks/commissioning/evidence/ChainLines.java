// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A record as a line, and the canonical encodings that are hashed and signed (see the package documentation). */
final class ChainLines {
	static final String RECORD_DOMAIN = "twinworks-evidence-record-v1";
	static final String CHECKPOINT_DOMAIN = "twinworks-evidence-checkpoint-v1";
	/** The longest line, without its line break, that a chain may hold. */
	static final int MAX_LINE_BYTES = 1 << 20;
	private static final byte[] RECORD_DOMAIN_BYTES = RECORD_DOMAIN.getBytes(StandardCharsets.UTF_8);

	private ChainLines() {
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	/** The record that follows {@code previousHash} at {@code index}, its hash computed. */
	static ChainRecord record(MessageDigest digest, long index, Instant time, String kind, String payload,
			String previousHash) {
		Instant millis = Instant.ofEpochMilli(time.toEpochMilli());
		String hash = hash(digest, index, ChainText.formatTime(millis), kind, payload, previousHash);
		return new ChainRecord(index, millis, kind, payload, previousHash, hash);
	}

	static String hash(MessageDigest digest, long index, String time, String kind, String payload,
			String previousHash) {
		digest.reset();
		field(digest, RECORD_DOMAIN_BYTES);
		field(digest, ascii(Long.toString(index)));
		field(digest, ascii(time));
		field(digest, kind.getBytes(StandardCharsets.UTF_8));
		field(digest, payload.getBytes(StandardCharsets.UTF_8));
		field(digest, ascii(previousHash));
		return ChainText.hex(digest.digest());
	}

	/** What a checkpoint signs: the index and hash of the record before it, and the checkpoint's own time. */
	static byte[] checkpointMessage(long signedIndex, String signedHash, Instant time) {
		List<byte[]> fields = List.of(CHECKPOINT_DOMAIN.getBytes(StandardCharsets.UTF_8),
				ascii(Long.toString(signedIndex)), ascii(signedHash), ascii(ChainText.formatTime(time)));
		int size = 0;
		for (byte[] field : fields) {
			size += 4 + field.length;
		}
		byte[] message = new byte[size];
		int at = 0;
		for (byte[] field : fields) {
			putLength(message, at, field.length);
			System.arraycopy(field, 0, message, at + 4, field.length);
			at += 4 + field.length;
		}
		return message;
	}

	/** The line of {@code record}, with its line break. */
	static String line(ChainRecord record) {
		StringBuilder out = new StringBuilder(record.payload().length() + 200);
		out.append(record.index()).append(ChainText.SEPARATOR);
		out.append(ChainText.formatTime(record.time())).append(ChainText.SEPARATOR);
		ChainText.escape(record.kind(), out);
		out.append(ChainText.SEPARATOR);
		ChainText.escape(record.payload(), out);
		out.append(ChainText.SEPARATOR);
		out.append(record.previousHash()).append(ChainText.SEPARATOR);
		out.append(record.hash()).append('\n');
		return out.toString();
	}

	/**
	 * The record a line holds, as written (its hash is not checked here).
	 *
	 * @throws IllegalArgumentException saying what is malformed
	 */
	static ChainRecord parse(String line) {
		List<String> fields = split(line);
		if (fields.size() != 6) {
			throw new IllegalArgumentException(
					"malformed: " + fields.size() + " tab-separated fields where a record has 6");
		}
		long index = ChainText.parseIndex(fields.get(0));
		Instant time = ChainText.parseTime(fields.get(1));
		String kind = ChainText.unescape(fields.get(2));
		if (kind.isEmpty()) {
			throw new IllegalArgumentException("malformed: an empty kind");
		}
		String payload = ChainText.unescape(fields.get(3));
		if (!ChainText.isHash(fields.get(4)) || !ChainText.isHash(fields.get(5))) {
			throw new IllegalArgumentException("malformed: a hash that is not 64 lower-case hex digits");
		}
		return new ChainRecord(index, time, kind, payload, fields.get(4), fields.get(5));
	}

	/** Recomputes the hash of a parsed record, over its time as written. */
	static String recomputedHash(MessageDigest digest, ChainRecord record) {
		return hash(digest, record.index(), ChainText.formatTime(record.time()), record.kind(), record.payload(),
				record.previousHash());
	}

	private static List<String> split(String line) {
		List<String> fields = new ArrayList<>(6);
		int from = 0;
		int tab;
		while ((tab = line.indexOf(ChainText.SEPARATOR, from)) >= 0 && fields.size() < 7) {
			fields.add(line.substring(from, tab));
			from = tab + 1;
		}
		fields.add(line.substring(from));
		return fields;
	}

	private static void field(MessageDigest digest, byte[] bytes) {
		byte[] length = new byte[4];
		putLength(length, 0, bytes.length);
		digest.update(length);
		digest.update(bytes);
	}

	private static void putLength(byte[] into, int at, int length) {
		into[at] = (byte) (length >>> 24);
		into[at + 1] = (byte) (length >>> 16);
		into[at + 2] = (byte) (length >>> 8);
		into[at + 3] = (byte) length;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
