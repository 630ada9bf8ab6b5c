// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link ChainVerifier#verify}. When the chain is not intact, {@code firstBadIndex} names the first
 * record that is wrong or missing (line {@code firstBadIndex + 1}), and {@code records}, {@code checkpoints},
 * {@code head} and {@code signerFingerprints} describe the good part before it. {@code message} is one line naming
 * the file, fit for a person.
 */
public record Verification(boolean intact, long records, long checkpoints, long recordsAfterLastCheckpoint,
		@Nullable Long firstBadIndex, String message, ChainHead head, List<String> signerFingerprints) {

	public Verification {
		signerFingerprints = List.copyOf(signerFingerprints);
	}
}
