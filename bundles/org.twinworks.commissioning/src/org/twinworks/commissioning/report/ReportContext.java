// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a report states beside the campaign: the plant, the record file, and what {@code verify} found of the
 * evidence chain (count, head hash, the checkpoint's signature and key), so the printout fixes the chain's tail.
 */
public record ReportContext(String plantName, Path recordFile, long chainCount, String chainHead,
		@Nullable String checkpointSignature, @Nullable String checkpointKeyFingerprint, boolean chainIntact,
		String chainMessage, Instant generatedAt, String twinworksVersion) {
}
