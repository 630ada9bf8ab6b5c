// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.Set;

import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.sim.dynamics.FirstOrderLag;

/** A loop's measurement against its response to the live setpoint (Auto) or output (Manual), on its own. */
final class LoopShadow implements ShadowModel {
	private final ControlLoop loop;
	private final LoopResponse response;

	LoopShadow(ControlLoop loop) {
		this.loop = loop;
		this.response = new LoopResponse(loop);
	}

	@Override
	public ShadowKind kind() {
		return ShadowKind.LOOP;
	}

	@Override
	public Signal compared() {
		return loop.getMeasuredValue();
	}

	@Override
	public Equipment equipment() {
		Equipment owner = ModelPaths.owningEquipment(loop.getMeasuredValue());
		return owner != null ? owner : loop.getFinalElement();
	}

	@Override
	public Set<Signal> inputs() {
		return response.inputs();
	}

	@Override
	public String basis() {
		return "the response of " + (loop.getTag() != null ? loop.getTag() : "its loop");
	}

	@Override
	public double step(double expected, double actual, double dt, ShadowInputs inputs) {
		double target = response.target(inputs);
		return Double.isNaN(target)
				? expected
				: FirstOrderLag.toward(expected, target, response.timeConstant(inputs), dt);
	}
}
