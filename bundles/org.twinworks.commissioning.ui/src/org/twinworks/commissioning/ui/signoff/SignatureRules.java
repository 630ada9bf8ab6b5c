// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.signoff.Locks;

/**
 * What the sign-off dialog offers and shows: which meanings are possible now and who performed. Only a preview: the
 * core's {@code SignOff} decides, and its refusal is what the signer reads.
 */
public final class SignatureRules {

	private SignatureRules() {
	}

	/** The meanings a signature on {@code check} (the campaign when null) may have now. */
	public static Set<SignatureMeaning> allowedNow(Campaign campaign, @Nullable Check check) {
		Set<SignatureMeaning> allowed = EnumSet.noneOf(SignatureMeaning.class);
		if (Locks.isLocked(campaign)) {
			return allowed;
		}
		if (check != null
				&& (check.getState() == CheckState.NOT_STARTED || check.getState() == CheckState.IN_PROGRESS)) {
			return allowed;
		}
		allowed.add(SignatureMeaning.PERFORMED);
		if (!performed(campaign, check).isEmpty()) {
			allowed.add(SignatureMeaning.VERIFIED);
			if (check == null) {
				allowed.add(SignatureMeaning.APPROVED);
			}
		}
		return allowed;
	}

	/** The 'performed' signatures of the campaign's current revision on {@code check} (the campaign when null). */
	public static List<Signature> performed(Campaign campaign, @Nullable Check check) {
		String checkId = check == null ? null : check.getId();
		return campaign
				.getSignatures().stream().filter(s -> s.getRevision() == campaign.getRevision()
						&& Objects.equals(s.getCheck(), checkId) && s.getMeaning() == SignatureMeaning.PERFORMED)
				.toList();
	}

	/** One sentence on the two-person rule as it applies to this signature now. */
	public static String twoPersonText(Campaign campaign, @Nullable Check check) {
		List<Signature> performed = performed(campaign, check);
		String what = check == null ? "the campaign" : check.getId();
		if (performed.isEmpty()) {
			return "No one has signed " + what + " as performed in revision " + campaign.getRevision()
					+ " yet: that signature comes first.";
		}
		String names = String.join(", ", performed.stream().map(Signature::getName).distinct().toList());
		if (!campaign.isTwoPersonRule()) {
			return "Performed by " + names + ". This campaign does not require a second person.";
		}
		return "Performed by " + names + ". Two-person rule: someone else verifies"
				+ (check == null ? " or approves." : ".");
	}

	/** The signature that approved the campaign's current revision, or null when it is not approved. */
	public static @Nullable Signature approval(Campaign campaign) {
		if (!Locks.isLocked(campaign)) {
			return null;
		}
		Signature found = null;
		for (Signature signature : campaign.getSignatures()) {
			if (signature.getRevision() == campaign.getRevision() && signature.getCheck() == null
					&& signature.getMeaning() == SignatureMeaning.APPROVED) {
				found = signature;
			}
		}
		return found;
	}
}
