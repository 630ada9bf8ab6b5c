// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.function.BooleanSupplier;

import org.twinworks.sim.dynamics.FirstOrderLag;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * An analog feedback that follows its reference with a lag: a valve position its demand, a drive's speed its
 * speed reference. A stopped machine runs down to the bottom of the range.
 */
final class FollowReference implements Behaviour {
	private static final double NOISE_PER_SPAN = 0.001;

	private final SimulatedSignal feedback;
	private final SimulatedSignal reference;
	private final BooleanSupplier running;
	private final Noise noise;

	FollowReference(SimulatedSignal feedback, SimulatedSignal reference, BooleanSupplier running, Noise noise) {
		this.feedback = feedback;
		this.reference = reference;
		this.running = running;
		this.noise = noise;
	}

	@Override
	public void step(double dt) {
		double target = running.getAsBoolean() ? reference.value() : feedback.low();
		feedback.set(FirstOrderLag.toward(feedback.value(), target, TimeConstants.FOLLOW, dt)
				+ noise.walk(NOISE_PER_SPAN * feedback.span(), dt));
	}
}
