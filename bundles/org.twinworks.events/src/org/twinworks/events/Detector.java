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

	/** A value of a signal this detector watches arrived. */
	void onValue(Signal signal, SignalValue value, Instant time, EventSink sink);

	/** Time went on to {@code now} (at least once per engine tick): durations and time-outs end here. */
	default void onTime(Instant now, EventSink sink) {
	}

	/** Signals whose values this detector needs; the engine routes only those to it. */
	Set<Signal> watched();
}
