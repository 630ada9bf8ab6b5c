// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.sim.dynamics.FirstOrderLag;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * An analog feedback against its live reference after the virtual plant's travel time (a valve's POS its OUT, a
 * drive's SPD its SPD_SP); a stopped machine runs down to the bottom of the range.
 */
final class FeedbackShadow implements ShadowModel {
	private final Signal feedback;
	private final Signal reference;
	private final @Nullable Signal run;
	private final Set<Signal> inputs = new LinkedHashSet<>();

	FeedbackShadow(Signal feedback, Signal reference) {
		this.feedback = feedback;
		this.reference = reference;
		this.run = ShadowRoles.runOf(ModelPaths.owningEquipment(feedback));
		inputs.add(reference);
		if (run != null) {
			inputs.add(run);
		}
	}

	@Override
	public ShadowKind kind() {
		return ShadowKind.FEEDBACK;
	}

	@Override
	public Signal compared() {
		return feedback;
	}

	@Override
	public Equipment equipment() {
		return ModelPaths.owningEquipment(feedback);
	}

	@Override
	public Set<Signal> inputs() {
		return inputs;
	}

	@Override
	public String basis() {
		return ShadowRoles.label(reference);
	}

	@Override
	public double step(double expected, double actual, double dt, ShadowInputs live) {
		double target = live.on(run, true) ? live.value(reference) : ShadowRoles.low(feedback);
		return Double.isNaN(target) ? expected : FirstOrderLag.toward(expected, target, TimeConstants.FOLLOW, dt);
	}
}
