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
import org.twinworks.commissioning.record.CheckState;
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
	/** What the entries were worked out from, so a change of states only is redone for the elements it touches. */
	private @Nullable Computed computed;

	/** The plant's elements by id and equipment by tag: walked once, again only after the plant was edited. */
	private record Index(Plant plant, Map<String, EObject> byId, Map<String, Equipment> byTag) {
	}

	/**
	 * The campaign's checks as last worked out: in order, with their states, the checks each element sums up and the
	 * elements each check counts in.
	 */
	private record Computed(Campaign campaign, Index index, Check[] checks, CheckState[] states, String[] subjects,
			String[] equipment, Map<EObject, Set<Check>> members, Map<Check, List<EObject>> counted) {
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

	/**
	 * Works the badges out again; returns the elements whose badge, deciding check or count changed. When only checks'
	 * states changed since the last update (a run), only the elements those checks count in are worked out again:
	 * doing all 20,000 checks on every change took a quarter of the UI thread during a campaign.
	 */
	public Set<EObject> update(@Nullable Campaign campaign, Plant plant) {
		if (campaign == null) {
			computed = null;
			return replace(Map.of());
		}
		Index current = index(plant);
		Computed last = computed;
		Set<EObject> touched = last == null || last.campaign() != campaign || last.index() != current
				? null
				: touchedByStates(last, campaign);
		if (touched == null) {
			Computed fresh = compute(campaign, current);
			computed = fresh;
			Map<EObject, Entry> now = new IdentityHashMap<>();
			fresh.members().forEach((element, all) -> now.put(element, aggregate(new ArrayList<>(all))));
			return replace(now);
		}
		Set<EObject> changed = new LinkedHashSet<>();
		for (EObject element : touched) {
			Entry now = aggregate(new ArrayList<>(last.members().get(element)));
			if (!now.equals(entries.put(element, now))) {
				changed.add(element);
			}
		}
		return changed;
	}

	/**
	 * The elements whose checks changed state since {@code last}, taking the new states in; null when more than states
	 * changed (checks added, removed or made obsolete: a re-plan), so everything is worked out again.
	 */
	private static @Nullable Set<EObject> touchedByStates(Computed last, Campaign campaign) {
		List<Check> checks = campaign.getChecks();
		Check[] known = last.checks();
		if (checks.size() != known.length) {
			return null;
		}
		Set<EObject> touched = new LinkedHashSet<>();
		for (int i = 0; i < known.length; i++) {
			Check check = checks.get(i);
			// the check's subject or equipment set anew (re-planned in place) may move it to other elements
			if (check != known[i] || check.isObsolete() == last.counted().containsKey(check)
					|| check.getSubject() != last.subjects()[i] || check.getEquipment() != last.equipment()[i]) {
				return null;
			}
			if (check.getState() != last.states()[i]) {
				last.states()[i] = check.getState();
				touched.addAll(last.counted().getOrDefault(check, List.of()));
			}
		}
		return touched;
	}

	private Set<EObject> replace(Map<EObject, Entry> now) {
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

	private static Computed compute(Campaign campaign, Index index) {
		Map<String, EObject> byId = index.byId();
		Map<String, Equipment> byTag = index.byTag();
		Map<EObject, Set<Check>> checks = new IdentityHashMap<>();
		Map<Check, List<EObject>> counted = new IdentityHashMap<>();
		Check[] all = campaign.getChecks().toArray(new Check[0]);
		CheckState[] states = new CheckState[all.length];
		String[] subjects = new String[all.length];
		String[] equipmentTags = new String[all.length];
		for (int i = 0; i < all.length; i++) {
			Check check = all[i];
			states[i] = check.getState();
			subjects[i] = check.getSubject();
			equipmentTags[i] = check.getEquipment();
			if (check.isObsolete()) {
				continue;
			}
			List<EObject> in = new ArrayList<>(3);
			EObject subject = check.getSubject() == null ? null : byId.get(check.getSubject());
			if (subject instanceof Signal signal) {
				add(checks, in, signal, check);
				add(checks, in, signal.getEquipment(), check);
			} else if (subject instanceof Equipment equipment) {
				add(checks, in, equipment, check);
			}
			if (check.getEquipment() != null) {
				add(checks, in, byTag.get(check.getEquipment()), check);
			}
			counted.put(check, in);
		}
		return new Computed(campaign, index, all, states, subjects, equipmentTags, checks, counted);
	}

	private static void add(Map<EObject, Set<Check>> checks, List<EObject> in, @Nullable EObject element, Check check) {
		if (element != null && checks.computeIfAbsent(element, e -> new LinkedHashSet<>()).add(check)) {
			in.add(element);
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
