// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One pass of {@link ChainVerifier} over a chain, line by line: the state of the good part so far, and the rules that
 * name the first bad record.
 */
final class ChainWalk {
	private static final int RECENT = 4096;
	private final Path file;
	private final @Nullable ChainHead expected;
	private final @Nullable Set<String> trusted;
	private final MessageDigest digest = ChainLines.sha256();
	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	private final Map<String, PublicKey> keys = new HashMap<>();
	/** Each signer with the index of its first checkpoint. */
	private final Map<String, Long> signers = new LinkedHashMap<>();
	/** The state after each of the latest records, to go back to when a later line shows where the damage began. */
	private final After[] recent = new After[RECENT];

	private long good;
	private String headHash = ChainHead.GENESIS;
	private long checkpoints;
	private long lastCheckpoint = -1;
	private @Nullable String hashAtExpected;
	private boolean tornLastLine;
	private @Nullable SignatureChecks signatures;

	/** The state after some records: the last hash, the checkpoints so far and the index of the last one. */
	record After(String hash, long checkpoints, long lastCheckpoint) {
	}

	ChainWalk(Path file, @Nullable ChainHead expected, @Nullable Set<String> trusted) {
		this.file = file;
		this.expected = expected;
		this.trusted = trusted == null
				? null
				: trusted.stream().map(WorkstationKey::normalizeFingerprint).collect(Collectors.toSet());
	}

	Verification over(BoundedLineReader reader) throws IOException {
		try (SignatureChecks checks = new SignatureChecks()) {
			signatures = checks;
			return withSignatures(read(reader), checks);
		}
	}

	private Verification read(BoundedLineReader reader) throws IOException {
		for (BoundedLineReader.Line line; (line = reader.next()) != null;) {
			if (!line.terminated()) {
				tornLastLine = true; // only the last line lacks a line break: a crash while appending
				break;
			}
			Verification bad = accept(line, reader);
			if (bad != null) {
				return bad;
			}
		}
		return ending();
	}

	/** The verdict of the reading, unless a checkpoint before what it found has a signature that does not verify. */
	private Verification withSignatures(Verification read, SignatureChecks checks) throws IOException {
		SignatureChecks.Pending forged = checks.firstForged();
		if (forged == null || (read.firstBadIndex() != null && read.firstBadIndex() < forged.index())) {
			return read;
		}
		goBackTo(forged.index(), forged.before());
		return bad(forged.index(), "the checkpoint signature does not verify with the key it names ("
				+ forged.fingerprint() + "): forged, or the checkpoint was altered");
	}

	private @Nullable Verification accept(BoundedLineReader.Line line, BoundedLineReader reader) throws IOException {
		long at = good;
		if (line.tooLong()) {
			return bad(at, "the line is longer than 1 MiB: not a record");
		}
		ChainRecord record;
		try {
			record = ChainLines.parse(decode(line.bytes()));
		} catch (CharacterCodingException e) {
			return bad(at, "malformed: the line is not UTF-8 text");
		} catch (IllegalArgumentException e) {
			return bad(at, e.getMessage().startsWith("malformed") ? e.getMessage() : "malformed: " + e.getMessage());
		}
		if (record.index() > at) {
			return bad(at, "record " + at + " is missing: this line holds record " + record.index()
					+ " (records removed or reordered)");
		}
		if (record.index() < at) {
			return earlierIndex(record, at);
		}
		if (!ChainLines.recomputedHash(digest, record).equals(record.hash())) {
			return bad(at, "the record does not match its hash: its time, kind, payload or previous hash was edited");
		}
		if (!record.previousHash().equals(headHash)) {
			return brokenLink(at, reader);
		}
		if (record.isCheckpoint()) {
			CheckpointCheck check = checkCheckpoint(record, at);
			if (check.problem() != null) {
				return bad(at, check.problem());
			}
			checkpoints++;
			lastCheckpoint = at;
			signers.putIfAbsent(check.signer(), at);
		}
		good = at + 1;
		headHash = record.hash();
		recent[(int) (at % RECENT)] = new After(headHash, checkpoints, lastCheckpoint);
		if (expected != null && at == expected.count() - 1) {
			hashAtExpected = record.hash();
		}
		return null;
	}

	/**
	 * A record true to its own hash that does not chain to the one before: either it was inserted (then the next line
	 * is the record that belongs here and chains on), or the record before was edited and its hash recomputed.
	 */
	private Verification brokenLink(long at, BoundedLineReader reader) throws IOException {
		BoundedLineReader.Line next = reader.peek();
		if (next != null && next.terminated() && !next.tooLong()) {
			try {
				ChainRecord following = ChainLines.parse(decode(next.bytes()));
				if (following.index() == at && following.previousHash().equals(headHash)) {
					return bad(at, "this record was inserted: the next line holds record " + at
							+ " and chains to the record before");
				}
			} catch (CharacterCodingException | IllegalArgumentException e) {
				// not a record either: the link before this one is what is known to be broken
			}
		}
		if (at == 0 || !canGoBackTo(at - 1)) {
			return bad(at, at == 0
					? "the first record does not chain to the genesis hash: it was edited and its hash recomputed"
					: "the record does not chain to the record before it: one of them was edited and rehashed");
		}
		goBackTo(at - 1);
		return bad(at - 1, "record " + (at - 1) + " was changed and its hash recomputed: record " + at
				+ " chains to a different hash");
	}

	/**
	 * A line holding an earlier index: a copy of an earlier record, a reordering, or, when it is a different record
	 * true to its hash that chains to the record before its index, the record that belongs there, pushed down by lines
	 * inserted before it.
	 */
	private Verification earlierIndex(ChainRecord record, long at) {
		long index = record.index();
		if (canGoBackTo(index + 1) && record.hash().equals(recent[(int) (index % RECENT)].hash())) {
			return bad(at, "this line is a copy of record " + index + " where record " + at + " belongs");
		}
		if (canGoBackTo(index) && record.previousHash().equals(hashBefore(index))
				&& ChainLines.recomputedHash(digest, record).equals(record.hash())) {
			goBackTo(index);
			return bad(index, (at - index == 1 ? "this line was" : "these " + (at - index) + " lines were")
					+ " inserted: line " + (at + 1) + " holds record " + index + " and chains to the record before");
		}
		return bad(at, "this line holds record " + index + " where record " + at
				+ " belongs (a record inserted, or records reordered)");
	}

	private boolean canGoBackTo(long count) {
		return count >= 0 && good - count < RECENT;
	}

	private String hashBefore(long index) {
		return index == 0 ? ChainHead.GENESIS : recent[(int) ((index - 1) % RECENT)].hash();
	}

	/** Back to the state after the first {@code count} records. */
	private void goBackTo(long count) {
		goBackTo(count, count == 0 ? new After(ChainHead.GENESIS, 0, -1) : recent[(int) ((count - 1) % RECENT)]);
	}

	private void goBackTo(long count, After after) {
		good = count;
		headHash = after.hash();
		checkpoints = after.checkpoints();
		lastCheckpoint = after.lastCheckpoint();
		signers.values().removeIf(first -> first >= count);
	}

	private record CheckpointCheck(@Nullable String problem, @Nullable String signer) {
	}

	private CheckpointCheck checkCheckpoint(ChainRecord record, long at) {
		CheckpointPayload payload;
		try {
			payload = CheckpointPayload.parse(record.payload());
		} catch (IllegalArgumentException e) {
			return new CheckpointCheck("malformed checkpoint: " + e.getMessage(), null);
		}
		if (payload.signedIndex() != at - 1 || !payload.signedHash().equals(record.previousHash())) {
			return new CheckpointCheck("the checkpoint signs record " + payload.signedIndex() + " "
					+ payload.signedHash() + ", not the record before it", null);
		}
		PublicKey key;
		try {
			key = publicKey(payload.publicKey());
		} catch (GeneralSecurityException e) {
			return new CheckpointCheck("the checkpoint's public key is not an Ed25519 key", null);
		}
		String fingerprint = WorkstationKey.fingerprint(key);
		if (trusted != null && !trusted.contains(WorkstationKey.normalizeFingerprint(fingerprint))) {
			return new CheckpointCheck("the checkpoint is signed by key " + fingerprint + ", which is not trusted",
					null);
		}
		byte[] message = ChainLines.checkpointMessage(payload.signedIndex(), payload.signedHash(), record.time());
		Objects.requireNonNull(signatures).submit(at, fingerprint, key, message, payload.signature(),
				new After(headHash, checkpoints, lastCheckpoint));
		return new CheckpointCheck(null, fingerprint);
	}

	private PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
		String id = Base64.getEncoder().encodeToString(x509);
		PublicKey key = keys.get(id);
		if (key == null) {
			key = WorkstationKey.decodePublicKey(x509);
			keys.put(id, key);
		}
		return key;
	}

	private Verification ending() {
		if (expected != null) {
			long expectedLast = expected.count() - 1;
			if (expected.count() > good) {
				String ends = good == 0 ? "the chain is empty" : "the chain ends at record " + (good - 1);
				return bad(good, ends + " but the record says " + expectedLast + ": its tail was cut off");
			}
			String actual = expected.count() == 0 ? ChainHead.GENESIS : hashAtExpected;
			if (!expected.hash().equals(actual)) {
				long at = Math.max(0, expectedLast);
				return bad(at,
						"the record says the chain" + (expected.count() == 0 ? " is empty with hash " : " has hash ")
								+ expected.hash() + " here, but it has " + actual
								+ ": the chain was rewritten (or the record edited)");
			}
		}
		StringBuilder message = new StringBuilder(
				file + ": intact: " + count(good, "record") + ", head " + head().describe());
		if (checkpoints == 0) {
			message.append("; no checkpoint: nothing is signed");
		} else {
			message.append("; ").append(count(checkpoints, "checkpoint")).append(" signed by ")
					.append(String.join(", ", signers.keySet()));
			if (afterLastCheckpoint() > 0) {
				message.append("; ").append(count(afterLastCheckpoint(), "record"))
						.append(" after the last checkpoint");
			}
		}
		if (expected != null && good > expected.count()) {
			message.append("; ").append(count(good - expected.count(), "record"))
					.append(" after the head the record names (appended after it was saved)");
		}
		if (tornLastLine) {
			message.append("; an unfinished last line (a crash while appending) is not a record and was ignored");
		}
		return new Verification(true, good, checkpoints, afterLastCheckpoint(), null, message.toString(), head(),
				new ArrayList<>(signers.keySet()));
	}

	private Verification bad(long index, String problem) {
		String message = file + " line " + (index + 1) + " (record " + index + "): " + problem;
		return new Verification(false, good, checkpoints, afterLastCheckpoint(), index, message, head(),
				new ArrayList<>(signers.keySet()));
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private ChainHead head() {
		return new ChainHead(good, headHash);
	}

	private long afterLastCheckpoint() {
		return good - (lastCheckpoint + 1);
	}

	private String decode(byte[] bytes) throws CharacterCodingException {
		return utf8.decode(ByteBuffer.wrap(bytes)).toString();
	}
}
