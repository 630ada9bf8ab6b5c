// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.time.Instant;

/**
 * One record of an evidence chain: line {@code index + 1} of the chain file. {@code time} is in whole milliseconds,
 * {@code previousHash} and {@code hash} are 64 lower-case hex digits; the package documentation says how the hash is
 * made.
 */
public record ChainRecord(long index, Instant time, String kind, String payload, String previousHash, String hash) {

	/** The kind of the records that {@link EvidenceChain#checkpoint()} writes; other writers may not use it. */
	public static final String CHECKPOINT = "checkpoint";

	public boolean isCheckpoint() {
		return CHECKPOINT.equals(kind);
	}

	/** The head of the chain that ends with this record. */
	public ChainHead headAfter() {
		return new ChainHead(index + 1, hash);
	}
}
