// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

import java.time.Instant;
import java.util.Set;

import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * One deduction over the plant's values. The engine calls it on one thread, in time order, with the time the
 * value holds for (its source time when the server sent one, else its arrival): the same calls whether the
 * values come live or from a recording, so a recording finds again the events seen live.
 */
public interface Detector {
	/** {@link #nextTick()}: call {@code onTime} on every tick. */
	long EVERY_TICK = Long.MIN_VALUE;
	/** {@link #nextTick()}: no tick needed until the next value. */
	long NO_TICK = Long.MAX_VALUE;

	/** A value of a signal this detector watches arrived. */
	void onValue(Signal signal, SignalValue value, Instant time, EventSink sink);

	/**
	 * A numeric value of a signal this detector watches arrived on the engine's fast path (a recording's analysis):
	 * {@code watchedIndex} is the signal's position in {@link #watched()}'s iteration order, {@code value} is
	 * reused by the engine (read it now, never keep it). The same deduction as {@link #onValue}, which it calls by
	 * default with the value boxed; a detector overrides it to skip the boxing and its own look-up of the signal.
	 */
	default void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		onValue(value.signal(), value.toSignalValue(), value.time(), sink);
	}

	/** Time went on to {@code now} (at least once per engine tick): durations and time-outs end here. */
	default void onTime(Instant now, EventSink sink) {
	}

	/**
	 * The data time (nanoseconds since the epoch) before which {@link #onTime} has nothing to do, asked after every
	 * call: {@link #NO_TICK} until the next value, {@link #EVERY_TICK} (the default) for every tick. The engine
	 * then calls {@code onTime} only on the ticks at or after it, which saves visiting thousands of idle detectors
	 * on every tick; a tick more than asked is harmless.
	 */
	default long nextTick() {
		return EVERY_TICK;
	}

	/** Signals whose values this detector needs; the engine routes only those to it. */
	Set<Signal> watched();
}
