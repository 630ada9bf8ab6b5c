// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.SignalValue;

/** The last two values of one signal a rule watches, with the times they hold for. */
final class SignalState {

	private @Nullable SignalValue last;
	private @Nullable Instant lastTime;
	private @Nullable SignalValue previous;
	private @Nullable Instant previousTime;

	void update(SignalValue value, Instant time) {
		previous = last;
		previousTime = lastTime;
		last = value;
		lastTime = time;
	}

	@Nullable
	SignalValue last() {
		return last;
	}

	/** The value as a number (true is 1, false 0); NaN when there is none, it is Bad or it is not a number. */
	double number() {
		return number(last);
	}

	/**
	 * Units per second between the last two values; NaN until there are two, when either is Bad or not a number, or
	 * when both hold for the same time.
	 */
	double rate() {
		double now = number(last);
		double before = number(previous);
		if (Double.isNaN(now) || Double.isNaN(before) || lastTime == null || previousTime == null) {
			return Double.NaN;
		}
		long nanos = Duration.between(previousTime, lastTime).toNanos();
		return nanos <= 0 ? Double.NaN : (now - before) * 1e9 / nanos;
	}

	private static double number(@Nullable SignalValue value) {
		if (value == null || value.isBad()) {
			return Double.NaN;
		}
		return switch (value.value()) {
		case Number n -> n.doubleValue();
		case Boolean b -> b ? 1 : 0;
		case null, default -> Double.NaN;
		};
	}
}
