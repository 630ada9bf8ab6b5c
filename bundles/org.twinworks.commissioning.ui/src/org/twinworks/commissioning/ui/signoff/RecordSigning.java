// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Revision;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.signoff.Locks;
import org.twinworks.commissioning.signoff.SignOff;
import org.twinworks.commissioning.signoff.SignOffRefused;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * Signatures and revisions made on an editor's campaign as the command line makes them: appended to the evidence
 * chain, the chain checkpointed with the workstation key, and the record saved at once. UI thread.
 */
public final class RecordSigning {

	private RecordSigning() {
	}

	/**
	 * Signs {@code check} (the campaign when null); the password was checked before.
	 *
	 * @throws SignOffRefused with the core's reason (two-person rule, unfinished check, approved campaign…)
	 */
	public static Signature sign(EditorCampaign record, String name, SignatureMeaning meaning, @Nullable Check check)
			throws SignOffRefused, IOException {
		Campaign campaign = campaignOf(record);
		Signature signature = new SignOff(Clock.systemUTC(), record.evidence()).sign(campaign, name, meaning,
				check == null ? null : check.getId());
		record.checkpoint();
		record.changed(signature);
		return signature;
	}

	/** Opens the next revision (the only way to change an approved campaign), recorded in the evidence chain. */
	public static Revision revise(EditorCampaign record, String author, String reason) throws IOException {
		if (author.isBlank() || reason.isBlank()) {
			throw new IllegalArgumentException("a revision needs the name of who opens it and a reason");
		}
		Campaign campaign = campaignOf(record);
		Revision revision = Locks.newRevision(campaign, author.strip(), reason.strip(), Clock.systemUTC());
		record.evidence().append("revision",
				CanonicalContent.of(Map.of("campaign", campaign.getId(), "revision",
						String.valueOf(revision.getNumber()), "author", revision.getAuthor(), "reason",
						revision.getReason(), "previousHead", String.valueOf(revision.getChainHead()))));
		record.checkpoint();
		record.changed(revision);
		return revision;
	}

	private static Campaign campaignOf(EditorCampaign record) {
		Campaign campaign = record.campaign();
		if (campaign == null) {
			throw new IllegalStateException(record.recordFile() + " holds no campaign to sign: plan one first");
		}
		return campaign;
	}
}
