// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.time.Duration;

/**
 * How a shadow judges. Defaults: a deviation counts beyond 5 % of the compared signal's span (its range; a signal
 * without a range is not compared), for 10 s of data time; it opens MEDIUM, HIGH beyond twice the tolerance, and
 * closes below half the tolerance. The shadow is pulled towards the actual value with a 60 s time constant, so
 * measurement noise stays bounded (about 1 % of span on the virtual plant) while a missing flow still builds up
 * (to rate × 60 s); when a frame closes the shadow restarts from the actual value. A sample of both curves is
 * kept every 2 s of data time, an hour of them per signal (24 bytes a sample).
 *
 * @param tolerance        the deviation allowed, as a fraction of the signal's span
 * @param duration         how long the deviation must last before a frame opens
 * @param resync           the time constant pulling the shadow towards the actual value
 * @param samplePeriod     data time between two kept samples
 * @param samplesPerSignal the size of each signal's ring of samples
 */
public record ShadowSettings(double tolerance, Duration duration, Duration resync, Duration samplePeriod,
		int samplesPerSignal) {
	public static final ShadowSettings DEFAULTS = new ShadowSettings(0.05, Duration.ofSeconds(10),
			Duration.ofSeconds(60), Duration.ofSeconds(2), 1800);

	public ShadowSettings {
		if (!(tolerance > 0) || duration.isNegative() || !resync.isPositive() || samplePeriod.isNegative()
				|| samplesPerSignal < 1) {
			throw new IllegalArgumentException(
					"shadow settings out of range: tolerance " + tolerance + ", duration " + duration + ", resync "
							+ resync + ", sample period " + samplePeriod + ", samples " + samplesPerSignal);
		}
	}
}
