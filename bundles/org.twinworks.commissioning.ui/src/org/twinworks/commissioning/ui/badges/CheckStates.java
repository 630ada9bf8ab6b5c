// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The badge of each signal (its own checks and its alarm limits') and each equipment (its checks by tag and its
 * signals'), worked out from the campaign in one pass; {@link #update} says which elements' badges changed, so only
 * those are repainted. UI thread only.
 */
public final class CheckStates {

	/** An element's aggregate: the badge, the check that decides it (what Open Check shows), how many checks. */
	public record Entry(CheckBadge badge, Check worst, int checks) {

		public String text() {
			return badge.label() + (checks > 1 ? " (" + checks + " checks)" : "");
		}

		/** The deciding check's id and state, its last verdict's time and how many checks the badge sums up. */
		public String tooltip() {
			String verdict = lastVerdictTime(worst);
			return worst.getId() + ": " + badge.label()
					+ (verdict == null ? ", no verdict yet" : ", last verdict " + verdict)
					+ (checks > 1 ? " (worst of " + checks + " checks)" : "");
		}
	}

	/** When the check was last decided: its finish, else its latest evidence; null while nothing was decided. */
	static @Nullable String lastVerdictTime(Check check) {
		if (check.getFinished() != null && !check.getFinished().isEmpty()) {
			return check.getFinished();
		}
		String latest = null;
		for (org.twinworks.commissioning.record.Step step : check.getSteps()) {
			for (org.twinworks.commissioning.record.Observation o : step.getEvidence()) {
				if (o.getCapturedAt() != null && (latest == null || o.getCapturedAt().compareTo(latest) > 0)) {
					latest = o.getCapturedAt();
				}
			}
		}
		return latest;
	}

	private Map<EObject, Entry> entries = Map.of();
	private @Nullable Index index;

	/** The plant's elements by id and equipment by tag: walked once, again only after the plant was edited. */
	private record Index(Plant plant, Map<String, EObject> byId, Map<String, Equipment> byTag) {
	}

	public @Nullable Entry of(EObject element) {
		return entries.get(element);
	}

	/** Every element with a badge (tests and benchmarks count them). */
	public Set<EObject> elements() {
		return entries.keySet();
	}

	/** The plant was edited (a command ran): the next update walks it again. */
	public void plantChanged() {
		index = null;
	}

	/** Works the badges out again; returns the elements whose badge, deciding check or count changed. */
	public Set<EObject> update(@Nullable Campaign campaign, Plant plant) {
		Map<EObject, Entry> now = campaign == null ? Map.of() : compute(campaign, index(plant));
		Set<EObject> changed = new LinkedHashSet<>();
		for (Map.Entry<EObject, Entry> e : now.entrySet()) {
			// the badge is a value taken when computed, so a check whose state changed compares unequal
			if (!Objects.equals(entries.get(e.getKey()), e.getValue())) {
				changed.add(e.getKey());
			}
		}
		for (EObject gone : entries.keySet()) {
			if (!now.containsKey(gone)) {
				changed.add(gone);
			}
		}
		entries = now;
		return changed;
	}

	private Index index(Plant plant) {
		Index current = index;
		if (current == null || current.plant() != plant) {
			current = walk(plant);
			index = current;
		}
		return current;
	}

	private static Index walk(Plant plant) {
		Map<String, EObject> byId = new HashMap<>();
		Map<String, Equipment> byTag = new HashMap<>();
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			switch (it.next()) {
			case Signal signal -> byId.put(PlantElements.idOf(signal), signal);
			case AlarmLimit limit when limit.eContainer() instanceof Signal signal ->
				byId.put(PlantElements.idOf(limit), signal);
			case Equipment equipment -> {
				byId.put(PlantElements.idOf(equipment), equipment);
				if (equipment.getTag() != null) {
					byTag.put(equipment.getTag(), equipment);
				}
			}
			default -> {
			}
			}
		}
		return new Index(plant, byId, byTag);
	}

	private static Map<EObject, Entry> compute(Campaign campaign, Index index) {
		Map<String, EObject> byId = index.byId();
		Map<String, Equipment> byTag = index.byTag();
		Map<EObject, Set<Check>> checks = new IdentityHashMap<>();
		for (Check check : campaign.getChecks()) {
			if (check.isObsolete()) {
				continue;
			}
			EObject subject = check.getSubject() == null ? null : byId.get(check.getSubject());
			if (subject instanceof Signal signal) {
				add(checks, signal, check);
				add(checks, signal.getEquipment(), check);
			} else if (subject instanceof Equipment equipment) {
				add(checks, equipment, check);
			}
			if (check.getEquipment() != null) {
				add(checks, byTag.get(check.getEquipment()), check);
			}
		}
		Map<EObject, Entry> entries = new IdentityHashMap<>();
		checks.forEach((element, all) -> entries.put(element, aggregate(new ArrayList<>(all))));
		return entries;
	}

	private static void add(Map<EObject, Set<Check>> checks, @Nullable EObject element, Check check) {
		if (element != null) {
			checks.computeIfAbsent(element, e -> new LinkedHashSet<>()).add(check);
		}
	}

	private static Entry aggregate(List<Check> checks) {
		Check worst = checks.get(0);
		CheckBadge badge = CheckBadge.of(worst.getState());
		for (Check check : checks) {
			CheckBadge b = CheckBadge.of(check.getState());
			if (b.worse(badge) != badge) {
				badge = b;
				worst = check;
			}
		}
		return new Entry(badge, worst, checks.size());
	}
}
