// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.signoff;

import java.time.Clock;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Revision;

/**
 * Approved campaigns are read-only: anything that would change them first opens a new revision, which keeps every
 * signature and piece of evidence of the revisions before it and records who opened it and why.
 */
public final class Locks {

	private Locks() {
	}

	public static boolean isLocked(Campaign campaign) {
		return campaign.getState() == CampaignState.APPROVED;
	}

	/** @throws SignOffRefused when the campaign is approved */
	public static void requireEditable(Campaign campaign) throws SignOffRefused {
		if (isLocked(campaign)) {
			throw new SignOffRefused("campaign " + campaign.getName() + " revision " + campaign.getRevision()
					+ " is approved and locked: open a new revision to change it");
		}
	}

	/** Opens the next revision of a campaign (approved or not); earlier signatures stay with their revision. */
	public static Revision newRevision(Campaign campaign, String author, String reason, Clock clock) {
		Revision revision = CommissioningFactory.eINSTANCE.createRevision();
		revision.setNumber(campaign.getRevision() + 1);
		revision.setCreated(clock.instant().toString());
		revision.setAuthor(author);
		revision.setReason(reason);
		revision.setChainHead(campaign.getChainHead());
		campaign.getRevisions().add(revision);
		campaign.setRevision(revision.getNumber());
		campaign.setState(CampaignState.IN_PROGRESS);
		campaign.setEnded(null);
		return revision;
	}
}
