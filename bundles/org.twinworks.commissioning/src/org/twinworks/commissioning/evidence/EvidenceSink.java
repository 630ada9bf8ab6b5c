// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;

/**
 * Where evidence and signatures go to become tamper-evident: the evidence chain in use, or nothing for a dry run.
 * Returns the record's index in the chain, which the commissioning record keeps beside what it recorded.
 */
@FunctionalInterface
public interface EvidenceSink {
	/** Keeps nothing: for planning previews and tests that do not look at the chain. */
	EvidenceSink NONE = (kind, payload) -> -1;

	long append(String kind, String payload) throws IOException;
}
