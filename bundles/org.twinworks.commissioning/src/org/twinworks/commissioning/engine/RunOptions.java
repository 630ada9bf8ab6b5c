// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.time.Duration;

/**
 * How a run goes: how long writes stay armed (zero: not armed, so no step writes), how many checks of different
 * equipment run at once, how long a step waits for the plant, and who runs it.
 *
 * @param stepTimeout how long a step waits for a value to follow, settle or change
 * @param quiet how long a value must stay within the settling band to count as settled
 * @param settleBand the settling band as a fraction of span
 * @param tripTime how long an interlock's trip may take to act
 */
public record RunOptions(Duration armFor, int parallelism, Duration stepTimeout, Duration quiet, double settleBand,
		Duration tripTime, String user, String twinworksVersion) {

	/** How long a run's writes stay armed unless the engineer says otherwise. */
	public static final Duration DEFAULT_ARMING = Duration.ofMinutes(10);

	public RunOptions {
		if (parallelism < 1 || parallelism > 16) {
			throw new IllegalArgumentException("parallelism must be 1 to 16, not " + parallelism);
		}
	}

	public static RunOptions defaults(Duration armFor, String user, String version) {
		return new RunOptions(armFor, 4, Duration.ofSeconds(20), Duration.ofMillis(1200), 0.002, Duration.ofSeconds(5),
				user, version);
	}

	public boolean armed() {
		return !armFor.isZero() && !armFor.isNegative();
	}
}
