// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.Random;

/** The simulation's only source of randomness, so that one seed reproduces a whole run. */
final class Noise {
	private final Random random;

	Noise(long seed) {
		random = new Random(seed);
	}

	/** A random walk increment of {@code sigma} per square root of a second. */
	double walk(double sigma, double dt) {
		return sigma * Math.sqrt(dt) * random.nextGaussian();
	}
}
