// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.function.DoubleSupplier;

import org.twinworks.sim.dynamics.FirstOrderLag;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * An analog measurement that wanders around its target (the nominal value, or the range's low end while its
 * machine stands still) with noise, optionally pushed by a flow balance: a mean-reverting random walk.
 */
final class Wander implements Behaviour {
	private static final double NOISE_PER_SPAN = 0.004;

	private final SimulatedSignal signal;
	private final DoubleSupplier target;
	private final DoubleSupplier inflowRate;
	private final Noise noise;

	Wander(SimulatedSignal signal, DoubleSupplier target, DoubleSupplier inflowRate, Noise noise) {
		this.signal = signal;
		this.target = target;
		this.inflowRate = inflowRate;
		this.noise = noise;
	}

	@Override
	public void step(double dt) {
		double goal = target.getAsDouble();
		double timeConstant = goal == signal.nominal() ? TimeConstants.WANDER : TimeConstants.STOPPING;
		double next = FirstOrderLag.toward(signal.value(), goal, timeConstant, dt) + inflowRate.getAsDouble() * dt
				+ noise.walk(NOISE_PER_SPAN * signal.span(), dt);
		signal.set(next);
	}
}
