// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.function.DoubleSupplier;

/**
 * The measured value of a control loop: a well-tuned loop settles the process on its setpoint, so the
 * measurement follows the setpoint with a first-order lag, disturbed by noise and, for a tank level, by the
 * imbalance of the pumps that fill and empty it.
 */
final class LoopProcess implements Behaviour {
	private static final double TIME_CONSTANT = 8;
	private static final double NOISE_PER_SPAN = 0.002;

	private final SimulatedSignal measured;
	private final SimulatedSignal setpoint;
	private final DoubleSupplier inflowRate;
	private final Noise noise;

	LoopProcess(SimulatedSignal measured, SimulatedSignal setpoint, DoubleSupplier inflowRate, Noise noise) {
		this.measured = measured;
		this.setpoint = setpoint;
		this.inflowRate = inflowRate;
		this.noise = noise;
	}

	@Override
	public void step(double dt) {
		measured.set(FirstOrderLag.toward(measured.value(), setpoint.value(), TIME_CONSTANT, dt)
				+ inflowRate.getAsDouble() * dt + noise.walk(NOISE_PER_SPAN * measured.span(), dt));
	}
}
