// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

import java.time.Instant;
import java.util.Objects;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * A numeric value on the engine's fast path, as primitives: the number (a boolean signal's true is 1, false 0; NaN
 * for a Bad value without one), its OPC UA status code and the data time it holds for. The engine reuses one
 * instance for every value, so a detector reads it during {@link Detector#onNumber} and never keeps it; {@link
 * #toSignalValue()} makes the value a detector may keep (the same as the recorded one: a {@link Boolean} for a
 * boolean signal, else a {@link Double}; null for a Bad value without a number).
 */
public final class NumberValue {
	private final LongFunction<String> statusTexts;
	private @Nullable Signal signal;
	private double number;
	private long statusCode;
	private long timeNanos;
	private @Nullable Instant time;

	/** A value whose status texts (for {@link #toSignalValue()}) come from {@code statusTexts}. */
	public NumberValue(LongFunction<String> statusTexts) {
		this.statusTexts = statusTexts;
	}

	/**
	 * Sets this value to the next one (the engine, before each {@link Detector#onNumber}); {@code newTime} is
	 * {@code newTimeNanos} as an instant when the caller has one, else null (made when asked for).
	 */
	public NumberValue set(Signal newSignal, double newNumber, long newStatusCode, long newTimeNanos,
			@Nullable Instant newTime) {
		this.signal = newSignal;
		this.number = newNumber;
		this.statusCode = newStatusCode;
		this.timeNanos = newTimeNanos;
		this.time = newTime;
		return this;
	}

	public Signal signal() {
		return Objects.requireNonNull(signal, "no value set");
	}

	/** The number as sent, whatever its status. */
	public double number() {
		return number;
	}

	/** The number as a trend plots it: NaN when the value is Bad (as {@code ValueStore.plotted}). */
	public double plotted() {
		return isBad() ? Double.NaN : number;
	}

	public long statusCode() {
		return statusCode;
	}

	public boolean isGood() {
		return (statusCode & 0xC000_0000L) == 0;
	}

	public boolean isBad() {
		return (statusCode & 0x8000_0000L) != 0;
	}

	/** The data time it holds for, in nanoseconds since the epoch. */
	public long timeNanos() {
		return timeNanos;
	}

	/** The data time it holds for (the same instant as {@link #timeNanos()}). */
	public Instant time() {
		Instant made = time;
		if (made == null) {
			made = Instant.ofEpochSecond(Math.floorDiv(timeNanos, 1_000_000_000L),
					Math.floorMod(timeNanos, 1_000_000_000L));
			time = made;
		}
		return made;
	}

	/** The value as a boxed object, as the recording held it. */
	public @Nullable Object boxed() {
		return boxed(signal(), number, statusCode);
	}

	/** The value a detector may keep, stamped with its data time as source time. */
	public SignalValue toSignalValue() {
		return new SignalValue(boxed(), statusCode, statusTexts.apply(statusCode), time(), null);
	}

	/**
	 * What a number on the fast path stands for: a Boolean for a boolean signal, null for a Bad value without a
	 * number, else a Double. A value the fast path can carry is one this gives back unchanged.
	 */
	public static @Nullable Object boxed(Signal signal, double number, long statusCode) {
		if (Double.isNaN(number) && (statusCode & 0x8000_0000L) != 0) {
			return null;
		}
		return signal.getDataType() == SignalDataType.BOOLEAN ? Boolean.valueOf(number != 0) : Double.valueOf(number);
	}
}
