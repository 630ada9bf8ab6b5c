// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Signal;

/**
 * What one step of a loop check aims at, as the engine judges it: the output written, the signal that must follow
 * (the final element's feedback, else the output) with its expected value and tolerance band, and the measurement.
 *
 * @param fraction the step's point on the output's range (0 to 1)
 */
public record LoopTarget(double fraction, Signal output, Object outputValue, Signal observed, double expected,
		double tolerance, @Nullable Signal measured) {

	/** The target of a loop step of {@code check} in {@code loop}; null for a step that is not a loop step. */
	public static @Nullable LoopTarget of(Check check, Step step, ControlLoop loop) {
		if (StepAction.of(step.getAction()) != StepAction.LOOP_STEP || loop.getOutput() == null) {
			return null;
		}
		Signal output = loop.getOutput();
		Signal feedback = PlantElements.feedbackOf(output);
		Signal observed = feedback == null ? output : feedback;
		double fraction = StepAction.fractionOf(step.getAction(), 0);
		return new LoopTarget(fraction, output, PlannedWrites.outputAt(output, fraction), observed,
				Judge.at(observed, fraction), Judge.tolerance(step, check.getTolerance(), observed),
				loop.getMeasuredValue());
	}

	public double low() {
		return expected - tolerance;
	}

	public double high() {
		return expected + tolerance;
	}
}
