// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.dynamics;

/** Moves a value towards a target with a time constant, plus a little noise: how measurements settle. */
public final class FirstOrderLag {

	private FirstOrderLag() {
	}

	public static double toward(double value, double target, double timeConstant, double dt) {
		return value + (target - value) * Math.min(1, dt / timeConstant);
	}
}
