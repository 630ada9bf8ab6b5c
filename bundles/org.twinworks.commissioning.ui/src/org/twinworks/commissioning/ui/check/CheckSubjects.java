// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Between the plant and the record: the check a selected plant element calls for (found by its UUID, as the planner
 * names check ids {@code <kind>-<uuid>}), and the signals a check is about (what its live values and trend show).
 */
public final class CheckSubjects {

	private CheckSubjects() {
	}

	/**
	 * The check to show for a selected element: a check itself (by id, in case the campaign was reloaded), a signal's
	 * I/O check (else any check of it or of its alarm limits), an equipment's first check of its signals (else of
	 * the equipment by tag). Null when the campaign holds none.
	 */
	public static @Nullable Check checkFor(Object element, Campaign campaign) {
		if (element instanceof Check check) {
			return check.eContainer() == campaign ? check : byId(campaign, check.getId());
		}
		if (element instanceof Signal signal) {
			return checkOf(campaign, signal);
		}
		if (element instanceof Equipment equipment) {
			for (Signal signal : equipment.getSignals()) {
				Check check = checkOf(campaign, signal);
				if (check != null) {
					return check;
				}
			}
			for (Check check : campaign.getChecks()) {
				if (!check.isObsolete() && equipment.getTag() != null
						&& equipment.getTag().equals(check.getEquipment())) {
					return check;
				}
			}
		}
		return null;
	}

	public static @Nullable Check byId(Campaign campaign, @Nullable String id) {
		if (id == null) {
			return null;
		}
		for (Check check : campaign.getChecks()) {
			if (id.equals(check.getId())) {
				return check;
			}
		}
		return null;
	}

	private static @Nullable Check checkOf(Campaign campaign, Signal signal) {
		String id = PlantElements.idOf(signal);
		Check io = byId(campaign, CheckKind.IO.getLiteral() + "-" + id);
		if (io != null) {
			return io;
		}
		Set<String> subjects = new LinkedHashSet<>();
		subjects.add(id);
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			subjects.add(PlantElements.idOf(limit));
		}
		for (Check check : campaign.getChecks()) {
			if (subjects.contains(check.getSubject())) {
				return check;
			}
		}
		return null;
	}

	/** The plant element a check is about, found by its UUID; null when the plant no longer has it. */
	public static @Nullable EObject subjectOf(Check check, Plant plant) {
		String id = check.getSubject();
		if (id == null) {
			return null;
		}
		Resource resource = plant.eResource();
		if (resource != null) {
			EObject found = resource.getEObject(id);
			if (found != null) {
				return found;
			}
		}
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (id.equals(PlantElements.idOf(element))) {
				return element;
			}
		}
		return null;
	}

	/** The signals whose values tell how a check goes: the signal, a loop's output, feedback and measurement... */
	public static List<Signal> signalsOf(Check check, Plant plant) {
		EObject subject = subjectOf(check, plant);
		Set<Signal> signals = new LinkedHashSet<>();
		switch (subject) {
		case Signal signal -> signals.add(signal);
		case AlarmLimit limit when limit.eContainer() instanceof Signal signal -> signals.add(signal);
		case ControlLoop loop -> {
			add(signals, loop.getOutput());
			if (loop.getOutput() != null) {
				add(signals, PlantElements.feedbackOf(loop.getOutput()));
			}
			add(signals, loop.getMeasuredValue());
		}
		case Interlock interlock -> {
			for (InterlockCondition condition : interlock.getConditions()) {
				add(signals, condition.getSignal());
			}
		}
		case null, default -> {
		}
		}
		return new ArrayList<>(signals);
	}

	private static void add(Set<Signal> signals, @Nullable Signal signal) {
		if (signal != null) {
			signals.add(signal);
		}
	}
}
