// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.signoff;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;

/**
 * Electronic signatures on a campaign or one of its checks, as trusted records want them: the printed name, the time
 * and the meaning, linked to the content signed by its hash and appended to the evidence chain. Performed and verified
 * by two different people when the campaign's two-person rule holds; approving the campaign locks it.
 */
public final class SignOff {
	private final Clock clock;
	private final EvidenceSink chain;

	public SignOff(Clock clock, EvidenceSink chain) {
		this.clock = clock;
		this.chain = chain;
	}

	/**
	 * Signs the check with that id, or the campaign when {@code checkId} is null.
	 *
	 * @throws SignOffRefused when the rules do not allow this signature, saying why
	 */
	public Signature sign(Campaign campaign, String name, SignatureMeaning meaning, @Nullable String checkId)
			throws SignOffRefused, IOException {
		if (name == null || name.isBlank()) {
			throw new SignOffRefused("a signature needs the signer's printed name");
		}
		Locks.requireEditable(campaign);
		String content;
		if (checkId != null) {
			Check check = findCheck(campaign, checkId);
			if (meaning == SignatureMeaning.APPROVED) {
				throw new SignOffRefused("a check is signed as performed or verified; approval is for the campaign");
			}
			if (check.getState() == CheckState.NOT_STARTED || check.getState() == CheckState.IN_PROGRESS) {
				throw new SignOffRefused(
						"check " + checkId + " is " + check.getState().getLiteral().toLowerCase().replace('_', ' ')
								+ ": only a finished check can be signed");
			}
			content = CanonicalContent.of(check);
		} else {
			content = CanonicalContent.of(campaign);
		}
		requireTwoPersons(campaign, name, meaning, checkId);
		Signature signature = CommissioningFactory.eINSTANCE.createSignature();
		signature.setName(name.strip());
		signature.setMeaning(meaning);
		signature.setTime(clock.instant().toString());
		signature.setCheck(checkId);
		signature.setRevision(campaign.getRevision());
		signature.setContentHash(CanonicalContent.sha256(content));
		signature.setChainIndex(chain.append("signature", CanonicalContent.of(signature)));
		campaign.getSignatures().add(signature);
		if (meaning == SignatureMeaning.APPROVED) {
			campaign.setState(CampaignState.APPROVED);
			campaign.setEnded(signature.getTime());
		}
		return signature;
	}

	private static Check findCheck(Campaign campaign, String checkId) throws SignOffRefused {
		for (Check check : campaign.getChecks()) {
			if (checkId.equals(check.getId())) {
				return check;
			}
		}
		throw new SignOffRefused("the campaign has no check " + checkId);
	}

	private static void requireTwoPersons(Campaign campaign, String name, SignatureMeaning meaning,
			@Nullable String checkId) throws SignOffRefused {
		if (meaning == SignatureMeaning.PERFORMED) {
			return;
		}
		boolean performed = false;
		for (Signature earlier : campaign.getSignatures()) {
			if (earlier.getRevision() == campaign.getRevision() && Objects.equals(earlier.getCheck(), checkId)
					&& earlier.getMeaning() == SignatureMeaning.PERFORMED) {
				performed = true;
				if (campaign.isTwoPersonRule() && earlier.getName().equalsIgnoreCase(name.strip())) {
					throw new SignOffRefused(name + " signed " + (checkId == null ? "the campaign" : checkId)
							+ " as performed: the two-person rule needs someone else to sign it as "
							+ meaning.getLiteral());
				}
			}
		}
		if (!performed) {
			throw new SignOffRefused((checkId == null ? "the campaign" : checkId)
					+ " has no 'performed' signature in revision " + campaign.getRevision()
					+ " yet: it is signed as performed before it is " + meaning.getLiteral());
		}
	}
}
