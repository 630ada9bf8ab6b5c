// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads an evidence chain from its first line and says whether it is intact, or names the first record that is
 * wrong or missing: edited, removed, reordered, inserted, malformed, its tail cut off (against the head the
 * commissioning record kept), a checkpoint whose signature does not verify or whose key is not trusted. Memory stays
 * bounded whatever the file holds: a line over 1 MiB is a problem, not kept.
 */
public final class ChainVerifier {

	private ChainVerifier() {
	}

	/**
	 * Verifies {@code file}; checkpoints must verify, whoever signed them.
	 *
	 * @param expected the head the commissioning record kept, or null when there is none (then a cut-off tail cannot
	 *                 be told from a shorter chain)
	 */
	public static Verification verify(Path file, @Nullable ChainHead expected) throws IOException {
		return run(file, expected, null);
	}

	/**
	 * Verifies {@code file}, and that every checkpoint is signed by one of {@code trustedKeyFingerprints} (as
	 * {@link WorkstationKey#fingerprint()} spells them; case and separators do not matter). An empty set trusts no
	 * key: then a chain with a checkpoint is not intact.
	 */
	public static Verification verify(Path file, @Nullable ChainHead expected, Set<String> trustedKeyFingerprints)
			throws IOException {
		return run(file, expected, trustedKeyFingerprints);
	}

	private static Verification run(Path file, @Nullable ChainHead expected, @Nullable Set<String> trusted)
			throws IOException {
		if (!Files.exists(file)) {
			return missing(file, expected);
		}
		try (BoundedLineReader reader = new BoundedLineReader(Files.newInputStream(file), ChainLines.MAX_LINE_BYTES)) {
			return new ChainWalk(file, expected, trusted).over(reader);
		}
	}

	private static Verification missing(Path file, @Nullable ChainHead expected) {
		if (expected != null && expected.count() > 0) {
			return new Verification(false, 0, 0, 0, 0L,
					file + ": the evidence chain is missing but the record says it ends at record "
							+ (expected.count() - 1) + ": it was removed",
					ChainHead.empty(), List.of());
		}
		return new Verification(true, 0, 0, 0, null, file + ": no evidence chain: nothing was recorded",
				ChainHead.empty(), List.of());
	}
}
