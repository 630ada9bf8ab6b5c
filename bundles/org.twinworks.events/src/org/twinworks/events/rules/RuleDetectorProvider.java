// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.rules.expr.SignalLookup;

/**
 * The detectors of a plant's event rules: one per rule of an equipment, and one per rule of an equipment type and
 * instance of that type. A rule that cannot be set up (validation reports it too) is left out and kept in
 * {@link #problems()}, so one bad rule does not silence the others.
 */
public final class RuleDetectorProvider implements DetectorProvider {

	private List<String> problems = List.of();

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		SignalLookup lookup = new SignalLookup(plant);
		List<Detector> detectors = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof EquipmentType) {
				it.prune();
			} else if (element instanceof Equipment equipment) {
				for (EventRule rule : equipment.getEventRules()) {
					add(rule, equipment, lookup, detectors, found);
				}
				if (equipment.getType() != null) {
					for (EventRule rule : equipment.getType().getEventRules()) {
						add(rule, equipment, lookup, detectors, found);
					}
				}
			}
		}
		problems = List.copyOf(found);
		return detectors;
	}

	/** Why rules were left out of the last {@link #detectorsFor} call: one line per rule and equipment. */
	public List<String> problems() {
		return problems;
	}

	private static void add(EventRule rule, Equipment equipment, SignalLookup lookup, List<Detector> detectors,
			List<String> problems) {
		if (rule.getCondition() == null || rule.getCondition().isBlank() || rule.getForDuration() < 0) {
			problems.add("rule " + RuleDefinition.of(rule).name() + " on " + equipment.getTag()
					+ ": it has no condition or a negative duration");
			return;
		}
		try {
			detectors.add(RuleDetector.create(RuleDefinition.of(rule), equipment, lookup));
		} catch (RuleException e) {
			problems.add(e.getMessage());
		}
	}
}
