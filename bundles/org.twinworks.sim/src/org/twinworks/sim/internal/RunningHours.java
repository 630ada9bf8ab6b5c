// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.function.BooleanSupplier;

/** A running-hours counter: counts simulated time while its machine runs. */
final class RunningHours implements Behaviour {
	private final SimulatedSignal hours;
	private final BooleanSupplier running;

	RunningHours(SimulatedSignal hours, BooleanSupplier running) {
		this.hours = hours;
		this.running = running;
	}

	@Override
	public void step(double dt) {
		if (running.getAsBoolean()) {
			hours.set(hours.value() + dt / 3600);
		}
	}
}
