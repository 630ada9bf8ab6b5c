// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.Step;

/**
 * Compares the evidence and signatures in a record with the chain records they were appended as: an observation or
 * signature edited in the .twincx, one that names a chain record that is not its own, one removed from the record
 * while the chain keeps it, and signed content (a check or the campaign) changed after its signature of the current
 * revision are differences.
 */
public final class RecordAgainstChain {
	private static final int MAX_REPORTED = 20;

	private RecordAgainstChain() {
	}

	/** One line per difference (at most 20), empty when the record agrees with its chain. */
	public static List<String> compare(Campaign campaign, Path chainFile) throws IOException {
		List<ChainRecord> chain = ChainReader.read(chainFile);
		List<String> differences = new ArrayList<>();
		Set<Long> referenced = new HashSet<>();
		for (Check check : campaign.getChecks()) {
			int index = 0;
			for (Step step : check.getSteps()) {
				for (Observation observation : step.getEvidence()) {
					String what = "the observation of " + observation.getTag() + " (" + observation.getRole() + ") in "
							+ check.getId() + " step " + (index + 1);
					compare(chain, observation.getChainIndex(), "observation",
							CanonicalContent.of(observation, check, index), what, differences);
					unique(referenced, observation.getChainIndex(), what, differences);
				}
				index++;
			}
		}
		for (Signature signature : campaign.getSignatures()) {
			String what = "the signature of " + signature.getName() + " (" + signature.getMeaning().getLiteral() + ")";
			compare(chain, signature.getChainIndex(), "signature", CanonicalContent.of(signature), what, differences);
			unique(referenced, signature.getChainIndex(), what, differences);
			signedContent(campaign, signature, what, differences);
		}
		for (ChainRecord record : chain) {
			boolean evidence = record.kind().equals("observation") || record.kind().equals("signature");
			if (evidence && !referenced.contains(record.index())) {
				differences.add("chain record " + record.index() + " (line " + (record.index() + 1) + ", "
						+ record.kind() + ") is not in the record: it was removed from it");
			}
		}
		return differences.size() > MAX_REPORTED ? differences.subList(0, MAX_REPORTED) : differences;
	}

	private static void unique(Set<Long> referenced, long at, String what, List<String> differences) {
		if (at >= 0 && !referenced.add(at)) {
			differences.add(what + " names chain record " + at + ", which another item of the record names too: "
					+ "one of them was copied");
		}
	}

	/** Signed content of the current revision must hash as it did when signed. */
	private static void signedContent(Campaign campaign, Signature signature, String what, List<String> differences) {
		if (signature.getRevision() != campaign.getRevision()) {
			return;
		}
		String content = null;
		if (signature.getCheck() == null) {
			content = CanonicalContent.of(campaign);
		} else {
			for (Check check : campaign.getChecks()) {
				if (signature.getCheck().equals(check.getId())) {
					content = CanonicalContent.of(check);
				}
			}
		}
		if (content == null) {
			differences.add(what + " signs " + signature.getCheck() + ", which the record no longer has");
		} else if (!CanonicalContent.sha256(content).equals(signature.getContentHash())) {
			differences.add(what + " no longer matches what was signed: "
					+ (signature.getCheck() == null ? "the campaign" : signature.getCheck()) + " changed after "
					+ signature.getTime());
		}
	}

	private static void compare(List<ChainRecord> chain, long at, String kind, String payload, String what,
			List<String> differences) {
		if (at < 0) {
			differences.add(what + " was never appended to the evidence chain");
		} else if (at >= chain.size()) {
			differences.add(what + " names chain record " + at + ", but the chain has " + chain.size() + " records");
		} else if (!chain.get((int) at).kind().equals(kind) || !chain.get((int) at).payload().equals(payload)) {
			differences.add(what + " differs from chain record " + at + " (line " + (at + 1)
					+ "): it was changed after " + "it was recorded");
		}
	}
}
