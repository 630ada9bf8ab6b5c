// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

/** One rule of the simulation, stepped once per tick in a fixed order. */
interface Behaviour {

	/** Advances by {@code dt} seconds of simulated time. */
	void step(double dt);
}
