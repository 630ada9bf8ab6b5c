// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Revision;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Interlock;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;

/**
 * Generates a campaign from a plant model: an I/O check per bound signal, a loop check per control loop, an alarm check
 * per alarm limit of a bound signal, an interlock check per interlock, and optionally an out-of-range check per ranged
 * analog input — within the scope, in the plant's order, so the same plant always plans the same checks.
 */
public final class CampaignPlanner {
	private final Clock clock;

	public CampaignPlanner(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param plantFile the plant file as the record refers to it (relative to the record)
	 * @param plantHash SHA-256 of the plant file's content ({@link PlantHash})
	 * @throws IllegalArgumentException when a scope entry matches nothing
	 */
	public Campaign plan(Plant plant, String plantFile, String plantHash, PlanOptions options) {
		Campaign campaign = CommissioningFactory.eINSTANCE.createCampaign();
		campaign.setId(UUID.randomUUID().toString());
		campaign.setName(plant.getName() == null ? "Commissioning" : "Commissioning of " + plant.getName());
		campaign.setPlantFile(plantFile);
		campaign.setPlantName(plant.getName());
		campaign.setPlantHash(plantHash);
		campaign.getScope().addAll(options.scope());
		for (CheckKind kind : CheckKind.VALUES) {
			if (options.kinds().contains(kind)) {
				campaign.getKinds().add(kind);
			}
		}
		campaign.setState(CampaignState.PLANNED);
		campaign.setRevision(1);
		Revision first = CommissioningFactory.eINSTANCE.createRevision();
		first.setNumber(1);
		first.setCreated(clock.instant().toString());
		first.setReason("planned");
		campaign.getRevisions().add(first);
		campaign.getChecks().addAll(checks(plant, options));
		return campaign;
	}

	/** The checks the plant calls for within the options, without a campaign around them (re-planning compares). */
	public static List<Check> checks(Plant plant, PlanOptions options) {
		List<Check> checks = new ArrayList<>();
		walk(plant, options, (kind, check) -> checks.add(check.get()));
		return checks;
	}

	/**
	 * How many checks of each kind {@link #checks} would plan, without building them (their steps are most of the
	 * cost): the Plan dialog previews with it on every keystroke. Every kind of the options is a key, zero when none.
	 *
	 * @throws IllegalArgumentException when a scope entry matches nothing
	 */
	public static Map<CheckKind, Integer> counts(Plant plant, PlanOptions options) {
		Map<CheckKind, Integer> counts = new EnumMap<>(CheckKind.class);
		options.kinds().forEach(kind -> counts.put(kind, 0));
		walk(plant, options, (kind, check) -> counts.merge(kind, 1, Integer::sum));
		return counts;
	}

	/** Where {@link #walk} puts each check it finds: its kind, and how to build it when wanted. */
	@FunctionalInterface
	private interface Found {
		void check(CheckKind kind, Supplier<Check> build);
	}

	/** Finds the checks the plant calls for, in the plan's order; the one place that decides what is planned. */
	private static void walk(Plant plant, PlanOptions options, Found found) {
		PlantScope scope = PlantScope.of(plant, options.scope());
		Set<CheckKind> kinds = options.kinds();
		Set<Signal> loopOutputs = new HashSet<>();
		for (ControlLoop loop : plant.getControlLoops()) {
			if (loop.getOutput() != null) {
				loopOutputs.add(loop.getOutput());
			}
		}
		// indexed once: looking each signal's binding up in the list made a 2,000-equipment plant take seconds
		Map<Signal, Binding> bindings = new IdentityHashMap<>();
		if (plant.getTwin() != null) {
			for (Binding binding : plant.getTwin().getBindings()) {
				if (binding.isActive() && binding.getSignal() != null) {
					bindings.putIfAbsent(binding.getSignal(), binding);
				}
			}
		}
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (!(element instanceof Signal signal) || !scope.containsSignal(signal)) {
				continue;
			}
			Binding binding = bindings.get(signal); // the first active one, as PlantElements.bindingOf finds it
			if (binding == null) {
				continue;
			}
			if (kinds.contains(CheckKind.IO)) {
				found.check(CheckKind.IO, () -> CheckTemplates.io(signal, binding, loopOutputs.contains(signal)));
			}
			if (kinds.contains(CheckKind.ALARM)) {
				for (AlarmLimit limit : signal.getAlarmLimits()) {
					found.check(CheckKind.ALARM, () -> CheckTemplates.alarm(limit, signal));
				}
			}
			if (kinds.contains(CheckKind.RANGE) && signal.getDirection() == SignalDirection.INPUT
					&& PlantElements.isRanged(signal)) {
				found.check(CheckKind.RANGE, () -> CheckTemplates.outOfRange(signal));
			}
		}
		if (kinds.contains(CheckKind.LOOP)) {
			for (ControlLoop loop : plant.getControlLoops()) {
				if (loop.getOutput() != null && loop.getMeasuredValue() != null && scope.contains(loop)) {
					found.check(CheckKind.LOOP, () -> CheckTemplates.loop(loop));
				}
			}
		}
		if (kinds.contains(CheckKind.INTERLOCK)) {
			for (Interlock interlock : plant.getInterlocks()) {
				if (interlock.getTrips() != null && !interlock.getConditions().isEmpty() && scope.contains(interlock)) {
					found.check(CheckKind.INTERLOCK, () -> CheckTemplates.interlock(interlock));
				}
			}
		}
	}
}
