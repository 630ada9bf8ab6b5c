// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

/**
 * The output of a control loop: an integral action on the error in percent of the measurement's span, so the
 * output moves the right way when a setpoint is changed or a disturbance pushes the measurement off.
 * Reverse action raises the output when the measurement is below the setpoint, direct action lowers it. In
 * Manual the controller does not integrate: the output holds what a client wrote.
 */
final class LoopController implements Behaviour {
	private static final double INTEGRAL_PER_SECOND = 0.5;

	private final SimulatedSignal measured;
	private final SimulatedSignal setpoint;
	private final SimulatedSignal output;
	private final boolean reverse;
	private final LoopMode mode;

	LoopController(SimulatedSignal measured, SimulatedSignal setpoint, SimulatedSignal output, boolean reverse,
			LoopMode mode) {
		this.measured = measured;
		this.setpoint = setpoint;
		this.output = output;
		this.reverse = reverse;
		this.mode = mode;
	}

	@Override
	public void step(double dt) {
		if (mode.manual()) {
			return;
		}
		double errorPercent = (setpoint.value() - measured.value()) / measured.span() * 100;
		double sign = reverse ? 1 : -1;
		output.set(output.value() + sign * INTEGRAL_PER_SECOND * errorPercent * output.span() / 100 * dt);
	}
}
