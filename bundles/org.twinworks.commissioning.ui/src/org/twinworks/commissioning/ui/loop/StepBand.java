// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.engine.LoopTarget;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.model.ControlLoop;

/**
 * A loop step's tolerance band over time, as its record tells it: from the write of the output until the feedback
 * settled (the engine records the settled feedback as the step's "feedback" observation), then held until the next
 * step's write. The step a run is at, still settling, has no settled time yet.
 *
 * @param settledValue the feedback value it settled at, null while settling or when it recorded none
 */
public record StepBand(Step step, LoopTarget target, Instant from, @Nullable Instant settledAt,
		@Nullable Double settledValue) {

	public boolean settled() {
		return settledAt != null;
	}

	/**
	 * The bands of {@code check}'s loop steps whose output was written, in step order; while a run is at a step (the
	 * engine records the step's values only once it settled), that step's band from the previous step's end.
	 */
	public static List<StepBand> of(Check check, ControlLoop loop, boolean runActive) {
		List<StepBand> bands = new ArrayList<>();
		boolean running = runActive && check.getStarted() != null;
		for (Step step : List.copyOf(check.getSteps())) {
			LoopTarget target = LoopTarget.of(check, step, loop);
			if (target == null) {
				continue;
			}
			Observation output = role(step, "output");
			if (output == null || output.getCapturedAt() == null) {
				if (running && step.getVerdict() == Verdict.PENDING) {
					Instant from = bands.isEmpty() || bands.getLast().settledAt() == null
							? Instant.parse(check.getStarted())
							: bands.getLast().settledAt();
					bands.add(new StepBand(step, target, from, null, null));
					running = false; // only the step the run is at
				}
				continue;
			}
			Observation feedback = role(step, "feedback");
			Instant settledAt = feedback == null || feedback.getCapturedAt() == null
					? null
					: Instant.parse(feedback.getCapturedAt());
			bands.add(new StepBand(step, target, Instant.parse(output.getCapturedAt()), settledAt,
					feedback == null ? null : number(feedback.getValue())));
		}
		return bands;
	}

	private static @Nullable Observation role(Step step, String role) {
		for (Observation observation : List.copyOf(step.getEvidence())) {
			if (role.equals(observation.getRole())) {
				return observation;
			}
		}
		return null;
	}

	private static @Nullable Double number(@Nullable String value) {
		try {
			return value == null ? null : Double.valueOf(value);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
