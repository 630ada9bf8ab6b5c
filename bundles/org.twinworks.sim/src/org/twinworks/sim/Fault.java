// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim;

import java.time.Duration;

/**
 * A fault the virtual plant can put on one signal, so that quality, staleness and plausibility handling can be
 * tried without breaking real equipment. The simulation keeps running underneath; only what clients see changes
 * (except for {@link Blocked}, which is the plant's secret).
 */
public sealed interface Fault {

	/** The value freezes at what it was when the fault was injected; quality stays Good (the hard case). */
	record Stuck() implements Fault {
	}

	/** A calibration drift: the published value runs away from the true one by {@code unitsPerSecond}. */
	record Drift(double unitsPerSecond) implements Fault {
	}

	/** Every {@code period}, one sample jumps by {@code magnitude} (a noisy wire or a bad transmitter). */
	record Spike(double magnitude, Duration period) implements Fault {
	}

	/** The transmitter reports a sensor failure: Bad_SensorFailure with the last value. */
	record BadQuality() implements Fault {
	}

	/** The device is unreachable: Bad_NoCommunication without a value. */
	record Offline() implements Fault {
	}

	/**
	 * A valve or feedback that follows only up to {@code fractionOfSpan} of its range and sticks there (a jammed
	 * stem, a slipping linkage): the published value is min(true, low + fraction × span). Quality stays Good.
	 */
	record Jammed(double fractionOfSpan) implements Fault {
		public Jammed {
			if (!(fractionOfSpan >= 0 && fractionOfSpan <= 1)) {
				throw new IllegalArgumentException("a jam fraction is 0 to 1, not " + fractionOfSpan);
			}
		}
	}

	/**
	 * A valve secretly closed (a broken stem, a closed hand valve in series): no flow passes the equipment that owns
	 * the signal, while every signal it publishes reads as before. Unlike the other faults it acts on the
	 * simulation (the tanks' mass balance), not on what clients see.
	 */
	record Blocked() implements Fault {
	}

	static Fault stuck() {
		return new Stuck();
	}

	static Fault drift(double unitsPerSecond) {
		return new Drift(unitsPerSecond);
	}

	static Fault spike(double magnitude, Duration period) {
		return new Spike(magnitude, period);
	}

	static Fault badQuality() {
		return new BadQuality();
	}

	static Fault offline() {
		return new Offline();
	}

	static Fault blocked() {
		return new Blocked();
	}

	static Fault jammed(double fractionOfSpan) {
		return new Jammed(fractionOfSpan);
	}
}
