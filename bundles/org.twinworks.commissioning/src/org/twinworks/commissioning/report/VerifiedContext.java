// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainReader;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.RecordAgainstChain;
import org.twinworks.commissioning.evidence.Verification;
import org.twinworks.commissioning.record.Campaign;

/**
 * The context of a report with the evidence verified first (the command line's report and the workbench's use it
 * alike): the chain beside the record is walked against the head the record holds and compared with the record, so
 * the report says whether the evidence is intact and prints the chain's head and last checkpoint signature.
 */
public final class VerifiedContext {

	private VerifiedContext() {
	}

	/** Verifies the chain beside {@code recordFile} against {@code campaign}; no chain is reported as such. */
	public static ReportContext of(Campaign campaign, Path recordFile, Instant generatedAt, String version)
			throws IOException {
		Path chainFile = EvidenceChain.beside(recordFile);
		ChainHead expected = campaign.getChainHead() == null
				? null
				: new ChainHead(campaign.getChainCount(), campaign.getChainHead());
		Verification chain = Files.isRegularFile(chainFile) ? ChainVerifier.verify(chainFile, expected) : null;
		List<String> differences = chain == null ? List.of() : RecordAgainstChain.compare(campaign, chainFile);
		boolean intact = chain != null && chain.intact() && differences.isEmpty();
		String verdict = chain == null
				? "no evidence chain beside the record"
				: !chain.intact()
						? chain.message()
						: differences.isEmpty()
								? chain.message() + "; the record matches it"
								: "the chain is whole but the record differs from it: " + differences.get(0);
		return new ReportContext(campaign.getPlantName(), recordFile, chain == null ? 0 : chain.head().count(),
				chain == null ? "" : chain.head().hash(),
				chain == null ? null : ChainReader.lastCheckpointSignature(ChainReader.read(chainFile)),
				chain == null || chain.signerFingerprints().isEmpty()
						? null
						: chain.signerFingerprints().get(chain.signerFingerprints().size() - 1),
				intact, verdict, generatedAt, version);
	}
}
