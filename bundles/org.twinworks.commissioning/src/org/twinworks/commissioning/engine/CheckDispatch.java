// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Check;
import org.twinworks.live.Mismatch;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/** Finds each check's subject in the plant by UUID, runs the check of its kind, and names the equipment it touches. */
final class CheckDispatch {
	private final StepContext ctx;
	private final Plant plant;
	private final Map<Binding, List<Mismatch>> mismatches;

	CheckDispatch(StepContext ctx, Plant plant, Map<Binding, List<Mismatch>> mismatches) {
		this.ctx = ctx;
		this.plant = plant;
		this.mismatches = mismatches;
	}

	void run(Check check) throws StepBlocked, IOException, InterruptedException, CancelledRun {
		EObject subject = subject(check);
		List<String> bypassed = new ArrayList<>();
		for (Interlock interlock : InterlocksAround.watching(plant, subject)) {
			if (ctx.canStimulate() && ctx.bypass(interlock.getTag(), true)) {
				bypassed.add(interlock.getTag());
			}
		}
		if (!bypassed.isEmpty()) {
			ctx.comment(check,
					String.join(", ", bypassed) + " bypassed for the time of the check: it moves "
							+ String.join(", ",
									InterlocksAround.drivenBy(plant, subject).stream().map(Signal::getTag).toList())
							+ (bypassed.size() == 1 ? ", which it watches" : ", which they watch"));
		}
		try {
			runOf(check, subject);
		} finally {
			endBypasses(check, bypassed);
		}
	}

	/**
	 * Ends the bypasses once each interlock's condition has cleared (the check gave back what it moved), so ending a
	 * bypass never trips the equipment; one whose condition still holds is ended all the same, and the check says so.
	 */
	private void endBypasses(Check check, List<String> bypassed) throws InterruptedException {
		for (Interlock interlock : plant.getInterlocks()) {
			if (!bypassed.contains(interlock.getTag())) {
				continue;
			}
			boolean cleared = true;
			try {
				for (InterlockCondition condition : interlock.getConditions()) {
					cleared &= ctx.view.await(condition.getSignal(), v -> !holds(condition, PlantView.number(v)),
							ctx.options.stepTimeout()).isPresent();
				}
			} catch (CancelledRun cancelled) {
				cleared = false; // a cancelled run still ends every bypass it began
			} finally {
				ctx.bypass(interlock.getTag(), false);
			}
			if (!cleared) {
				ctx.comment(check,
						interlock.getTag() + "'s condition still held " + ctx.options.stepTimeout().toSeconds()
								+ " s after the check: ending its bypass may have tripped "
								+ interlock.getTrips().getTag());
			}
		}
	}

	static boolean holds(InterlockCondition condition, @Nullable Double value) {
		if (value == null) {
			return false;
		}
		double threshold = condition.getThreshold();
		return switch (condition.getOperator()) {
		case LESS_THAN -> value < threshold;
		case LESS_OR_EQUAL -> value <= threshold;
		case GREATER_THAN -> value > threshold;
		case GREATER_OR_EQUAL -> value >= threshold;
		case EQUAL -> value == threshold;
		case NOT_EQUAL -> value != threshold;
		};
	}

	private void runOf(Check check, EObject subject)
			throws StepBlocked, IOException, InterruptedException, CancelledRun {
		switch (check.getKind()) {
		case IO -> {
			Signal signal = (Signal) subject;
			Binding binding = ctx.binding(signal);
			if (binding == null) {
				throw new StepBlocked(signal.getTag() + " is not bound to this session's endpoint");
			}
			new IoCheckRun(ctx, mismatches.getOrDefault(binding, List.of()), loopOf(signal)).run(check, signal);
		}
		case LOOP -> new LoopCheckRun(ctx).run(check, (ControlLoop) subject);
		case ALARM -> new AlarmCheckRun(ctx).run(check, (AlarmLimit) subject, (Signal) subject.eContainer());
		case INTERLOCK -> new InterlockCheckRun(ctx).run(check, (Interlock) subject);
		case RANGE -> new RangeCheckRun(ctx).run(check, (Signal) subject);
		}
	}

	/** Keys of the equipment the check writes, forces or judges: checks sharing one never run at once. */
	Set<String> resources(Check check) {
		Set<String> keys = new HashSet<>();
		EObject subject;
		try {
			subject = subject(check);
		} catch (StepBlocked e) {
			keys.add("check:" + check.getId());
			return keys;
		}
		switch (subject) {
		case Signal signal -> {
			add(keys, signal);
			ControlLoop loop = loopOf(signal);
			if (loop != null) {
				addLoop(keys, loop);
			}
		}
		case ControlLoop loop -> addLoop(keys, loop);
		case AlarmLimit limit -> add(keys, (Signal) limit.eContainer());
		case Interlock interlock -> addInterlock(keys, interlock);
		default -> keys.add("check:" + check.getId());
		}
		// an interlock a check bypasses is the check's for its duration: no other check ends the bypass early
		for (Interlock interlock : InterlocksAround.watching(plant, subject)) {
			addInterlock(keys, interlock);
		}
		return keys;
	}

	private static void addInterlock(Set<String> keys, Interlock interlock) {
		for (InterlockCondition condition : interlock.getConditions()) {
			add(keys, condition.getSignal());
		}
		Equipment trips = PlantElements.unitOf(interlock.getTrips());
		keys.add(trips == null ? "equipment:" + interlock.getTrips().getTag() : "unit:" + trips.getTag());
	}

	private static void addLoop(Set<String> keys, ControlLoop loop) {
		add(keys, loop.getOutput());
		add(keys, loop.getMeasuredValue());
		add(keys, loop.getSetpoint());
		Signal feedback = loop.getOutput() == null ? null : PlantElements.feedbackOf(loop.getOutput());
		add(keys, feedback);
	}

	private static void add(Set<String> keys, @Nullable Signal signal) {
		if (signal == null) {
			return;
		}
		Equipment unit = PlantElements.unitOf(signal);
		keys.add(unit == null ? "signal:" + signal.getTag() : "unit:" + unit.getTag());
	}

	private @Nullable ControlLoop loopOf(Signal signal) {
		for (ControlLoop loop : plant.getControlLoops()) {
			if (loop.getOutput() == signal) {
				return loop;
			}
		}
		return null;
	}

	private EObject subject(Check check) throws StepBlocked {
		EObject subject = plant.eResource() == null ? null : plant.eResource().getEObject(check.getSubject());
		boolean fits = switch (check.getKind()) {
		case IO, RANGE -> subject instanceof Signal;
		case LOOP -> subject instanceof ControlLoop;
		case ALARM -> subject instanceof AlarmLimit limit && limit.eContainer() instanceof Signal;
		case INTERLOCK -> subject instanceof Interlock;
		};
		if (!fits) {
			throw new StepBlocked("its subject " + check.getTag() + " (" + check.getSubject()
					+ ") is no longer in the plant: re-plan the campaign");
		}
		return subject;
	}
}
