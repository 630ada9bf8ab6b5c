// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

/**
 * What a commissioning record keeps of its evidence chain so that a cut-off tail shows: the number of records and
 * the hash of the last one ({@link #GENESIS} when there is none).
 */
public record ChainHead(long count, String hash) {

	/** The previous hash of record 0, and the hash of an empty chain: 64 zeros. */
	public static final String GENESIS = "0".repeat(64);

	public static ChainHead empty() {
		return new ChainHead(0, GENESIS);
	}

	/** "record 41 a1b2…" or "empty", for messages and reports. */
	public String describe() {
		return count == 0 ? "empty (genesis " + hash + ")" : "record " + (count - 1) + " " + hash;
	}
}
