// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.NumberValue;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * The last two values of one signal a rule watches, with the data times they hold for (nanoseconds since the
 * epoch), kept as numbers; the last value's object is made only when a frame captures it.
 */
final class SignalState {
	/** The last value came as a number and is boxed when asked for. */
	private static final Object UNBOXED = new Object();

	private final Signal signal;
	private boolean has;
	private @Nullable Object value;
	private double raw;
	private long statusCode;
	/** The last value as a number; NaN when there is none, it is Bad or it is not a number. */
	private double number = Double.NaN;
	private long time;
	private boolean hasPrevious;
	private double previousNumber = Double.NaN;
	private long previousTime;

	SignalState(Signal signal) {
		this.signal = signal;
	}

	void update(SignalValue newValue, long timeNanos) {
		shift();
		value = newValue.value();
		statusCode = newValue.statusCode();
		number = number(newValue);
		time = timeNanos;
	}

	void update(NumberValue newValue) {
		shift();
		value = UNBOXED;
		raw = newValue.number();
		statusCode = newValue.statusCode();
		number = newValue.plotted();
		time = newValue.timeNanos();
	}

	private void shift() {
		hasPrevious = has;
		previousNumber = number;
		previousTime = time;
		has = true;
	}

	/** Whether a value came. */
	boolean has() {
		return has;
	}

	long statusCode() {
		return statusCode;
	}

	/** The last value's object (null before the first or for a value without one). */
	@Nullable
	Object value() {
		if (value == UNBOXED) {
			value = NumberValue.boxed(signal, raw, statusCode);
		}
		return value;
	}

	/** The value as a number (true is 1, false 0); NaN when there is none, it is Bad or it is not a number. */
	double number() {
		return number;
	}

	/**
	 * Units per second between the last two values; NaN until there are two, when either is Bad or not a number, or
	 * when both hold for the same time.
	 */
	double rate() {
		if (Double.isNaN(number) || Double.isNaN(previousNumber) || !hasPrevious) {
			return Double.NaN;
		}
		long nanos = time - previousTime;
		return nanos <= 0 ? Double.NaN : (number - previousNumber) * 1e9 / nanos;
	}

	private static double number(SignalValue value) {
		if (value.isBad()) {
			return Double.NaN;
		}
		return switch (value.value()) {
		case Number n -> n.doubleValue();
		case Boolean b -> b ? 1 : 0;
		case null, default -> Double.NaN;
		};
	}
}
