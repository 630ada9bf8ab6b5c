// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TripAction;

/**
 * The guarded writes a run of a check's pending steps will make, in order, so the engineer can confirm them before
 * arming: a loop put in manual, its output stepped and given back, a machine started and stopped, an interlocked
 * machine's command set and given back. Computed from the plant and the steps as the engine runs them; what the engine
 * gives back is the value it finds before the check.
 */
public final class PlannedWrites {

	/**
	 * One write: {@code value} null means the signal is given back the value it had before the check.
	 *
	 * @param purpose why the engine writes it, e.g. "loop step 25 %"
	 */
	public record PlannedWrite(Signal signal, @Nullable Object value, String purpose) {
		public boolean restores() {
			return value == null;
		}
	}

	private PlannedWrites() {
	}

	/**
	 * The writes of {@code check}'s pending steps on {@code plant}; empty when its steps write nothing (or its subject
	 * is no longer in the plant).
	 */
	public static List<PlannedWrite> of(Plant plant, Check check) {
		EObject subject = subjectOf(plant, check);
		List<PlannedWrite> writes = new ArrayList<>();
		switch (check.getKind()) {
		case LOOP -> {
			if (subject instanceof ControlLoop loop && loop.getOutput() != null) {
				List<Double> fractions = fractions(check, StepAction.LOOP_STEP);
				if (!fractions.isEmpty()) {
					outputSteps(writes, loop.getOutput(), loop, fractions, "loop step");
				}
			}
		}
		case IO -> {
			if (subject instanceof Signal signal) {
				List<Double> fractions = fractions(check, StepAction.WRITE);
				if (!fractions.isEmpty()) {
					outputSteps(writes, signal, loopOf(plant, signal), fractions, "output step");
				}
			}
		}
		case INTERLOCK -> {
			if (subject instanceof Interlock interlock && interlock.getTrips() != null
					&& !fractions(check, StepAction.INTERLOCK_TRIP).isEmpty()) {
				Signal command = InterlockCheckRun.commandOf(interlock.getTrips());
				if (command != null) {
					boolean tripTo = interlock.getTripAction() == TripAction.START
							|| interlock.getTripAction() == TripAction.OPEN;
					writes.add(new PlannedWrite(command, !tripTo, "before the trip"));
					writes.add(new PlannedWrite(command, !tripTo, "restart after the reset"));
					writes.add(new PlannedWrite(command, null, "given back as found"));
				}
			}
		}
		default -> {
		}
		}
		return writes;
	}

	/** The output value a loop or output step writes at {@code fraction} of the output's range. */
	public static Object outputAt(Signal output, double fraction) {
		return PlantElements.isBoolean(output) ? (Object) (fraction > 0.5) : (Object) Judge.at(output, fraction);
	}

	private static void outputSteps(List<PlannedWrite> writes, Signal output, @Nullable ControlLoop loop,
			List<Double> fractions, String name) {
		Signal machine = machineCommand(output);
		if (machine != null) {
			writes.add(new PlannedWrite(machine, true, "start the machine for the check (when stopped)"));
		}
		Signal mode = loop == null ? null : PlantElements.modeOf(loop);
		if (mode != null) {
			writes.add(new PlannedWrite(mode, LoopManual.MANUAL, "loop " + loop.getTag() + " to manual"));
		}
		for (double fraction : fractions) {
			writes.add(new PlannedWrite(output, outputAt(output, fraction),
					name + " " + Math.round(fraction * 100) + " %"));
		}
		writes.add(new PlannedWrite(output, null, "given back as found"));
		if (mode != null) {
			writes.add(new PlannedWrite(mode, null, "mode given back as found"));
		}
		if (machine != null) {
			writes.add(new PlannedWrite(machine, false, "stop the machine again (when it was started)"));
		}
	}

	private static @Nullable Signal machineCommand(Signal output) {
		Equipment unit = PlantElements.unitOf(output);
		Signal command = unit == null ? null : InterlockCheckRun.commandOf(unit);
		if (command == null || command == output || PlantElements.isBoolean(output)
				|| PlantElements.feedbackOf(command) == null) {
			return null;
		}
		return command;
	}

	private static List<Double> fractions(Check check, StepAction wanted) {
		List<Double> fractions = new ArrayList<>();
		for (Step step : check.getSteps()) {
			if (step.getVerdict() == Verdict.PENDING && StepAction.of(step.getAction()) == wanted) {
				fractions.add(StepAction.fractionOf(step.getAction(), 0));
			}
		}
		return fractions;
	}

	/** The check's subject (loop, signal, interlock, alarm limit) in {@code plant}, or null when it is gone. */
	public static @Nullable EObject subjectOf(Plant plant, Check check) {
		return plant.eResource() == null || check.getSubject() == null
				? null
				: plant.eResource().getEObject(check.getSubject());
	}

	private static @Nullable ControlLoop loopOf(Plant plant, Signal signal) {
		return plant.getControlLoops().stream().filter(l -> l.getOutput() == signal).findFirst().orElse(null);
	}
}
