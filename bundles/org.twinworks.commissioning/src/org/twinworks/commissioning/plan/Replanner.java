// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.model.Plant;

/**
 * Brings a campaign up to a changed plant. A check whose subject left the plant, or whose subject changed (renamed,
 * new range, other node...), is marked obsolete with the reason and keeps all its evidence; a changed subject gets a
 * fresh check beside the obsolete one; new subjects get new checks; checks of unchanged subjects are untouched.
 */
public final class Replanner {

	/** What re-planning did. */
	public record Result(int added, int changed, int removed, int unchanged) {
		public boolean planChanged() {
			return added + changed + removed > 0;
		}
	}

	private Replanner() {
	}

	/** @throws IllegalStateException when the campaign is approved: signed content is never edited */
	public static Result replan(Campaign campaign, Plant plant, String plantHash) {
		if (campaign.getState() == CampaignState.APPROVED) {
			throw new IllegalStateException(
					"campaign " + campaign.getName() + " is approved and locked: start a new revision to re-plan it");
		}
		return replan(campaign, CampaignPlanner.checks(plant, options(campaign)), plantHash);
	}

	/** The scope and kinds a campaign was planned with: re-planning keeps them. */
	public static PlanOptions options(Campaign campaign) {
		return new PlanOptions(List.copyOf(campaign.getScope()), new HashSet<>(campaign.getKinds()));
	}

	/**
	 * Re-plans with the checks the plant calls for worked out beforehand ({@link CampaignPlanner#checks} with
	 * {@link #options(Campaign)}), so the workbench can work them out off the UI thread and change the campaign only
	 * at the end.
	 *
	 * @throws IllegalStateException when the campaign is approved
	 */
	public static Result replan(Campaign campaign, List<Check> fresh, String plantHash) {
		if (campaign.getState() == CampaignState.APPROVED) {
			throw new IllegalStateException(
					"campaign " + campaign.getName() + " is approved and locked: start a new revision to re-plan it");
		}
		Map<String, Check> current = new HashMap<>();
		Set<String> ids = new HashSet<>();
		for (Check check : campaign.getChecks()) {
			ids.add(check.getId());
			if (!check.isObsolete()) {
				current.put(baseId(check.getId()), check);
			}
		}
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		Set<Check> seen = new HashSet<>();
		List<Check> additions = new ArrayList<>();
		for (Check check : fresh) {
			Check old = current.get(check.getId());
			if (old != null && Objects.equals(old.getSubjectFingerprint(), check.getSubjectFingerprint())) {
				seen.add(old);
				unchanged++;
				continue;
			}
			if (old != null) {
				seen.add(old);
				markObsolete(old, whatChanged(old, check));
				check.setId(nextFreeId(check.getId(), ids));
				changed++;
			} else {
				if (ids.contains(check.getId())) {
					// a subject whose check went obsolete is back: ids stay unique
					check.setId(nextFreeId(check.getId(), ids));
				}
				added++;
			}
			ids.add(check.getId());
			additions.add(check);
		}
		int removed = 0;
		for (Check old : current.values()) {
			if (!seen.contains(old)) {
				markObsolete(old,
						"its subject " + old.getTag() + " is no longer in the plant or in the campaign's scope");
				removed++;
			}
		}
		campaign.getChecks().addAll(additions);
		campaign.setPlantHash(plantHash);
		return new Result(added, changed, removed, unchanged);
	}

	/** A check re-planned after a change gets {@code <id>~N}: the same subject and kind all the same. */
	private static String baseId(String id) {
		int tilde = id.indexOf('~');
		return tilde < 0 ? id : id.substring(0, tilde);
	}

	private static void markObsolete(Check check, String reason) {
		check.setObsolete(true);
		check.setObsoleteReason(reason);
	}

	private static String whatChanged(Check old, Check fresh) {
		if (!Objects.equals(old.getTag(), fresh.getTag())) {
			return "the plant changed: " + old.getTag() + " was renamed " + fresh.getTag();
		}
		return "the plant changed: the definition of " + old.getTag() + " it was planned from changed (was "
				+ old.getSubjectFingerprint() + ", now " + fresh.getSubjectFingerprint() + ")";
	}

	private static String nextFreeId(String base, Set<String> taken) {
		for (int n = 2;; n++) {
			String candidate = base + "~" + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}
}
