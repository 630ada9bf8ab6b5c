// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.function.DoubleSupplier;

import org.twinworks.sim.dynamics.FirstOrderLag;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * The measured value of a control loop: a well-tuned loop settles the process on its setpoint, so the
 * measurement follows the setpoint with a first-order lag, disturbed by noise and, for a tank level, by the
 * imbalance of the pumps that fill and empty it. In Manual the output sets the process instead: the measurement
 * settles at low + span × f, f the output's fraction of its range for a reverse-acting loop (the process gain is
 * positive) and 1 − f for a direct-acting one, so a loop check sees the measurement answer each output step.
 */
final class LoopProcess implements Behaviour {
	private static final double NOISE_PER_SPAN = 0.002;

	private final SimulatedSignal measured;
	private final SimulatedSignal setpoint;
	private final DoubleSupplier inflowRate;
	private final Noise noise;
	private final SimulatedSignal output;
	private final boolean reverse;
	private final LoopMode mode;

	LoopProcess(SimulatedSignal measured, SimulatedSignal setpoint, DoubleSupplier inflowRate, Noise noise,
			SimulatedSignal output, boolean reverse, LoopMode mode) {
		this.measured = measured;
		this.setpoint = setpoint;
		this.inflowRate = inflowRate;
		this.noise = noise;
		this.output = output;
		this.reverse = reverse;
		this.mode = mode;
	}

	@Override
	public void step(double dt) {
		double drift = noise.walk(NOISE_PER_SPAN * measured.span(), dt);
		if (mode.manual()) {
			// the pumps' imbalance is left out: the check needs the measurement to settle where the output puts it
			measured.set(FirstOrderLag.toward(measured.value(), manualTarget(), TimeConstants.MANUAL_LOOP, dt) + drift);
			return;
		}
		measured.set(FirstOrderLag.toward(measured.value(), setpoint.value(), TimeConstants.LOOP, dt)
				+ inflowRate.getAsDouble() * dt + drift);
	}

	private double manualTarget() {
		double fraction = Math.max(0, Math.min(1, (output.value() - output.low()) / output.span()));
		return measured.low() + measured.span() * (reverse ? fraction : 1 - fraction);
	}
}
