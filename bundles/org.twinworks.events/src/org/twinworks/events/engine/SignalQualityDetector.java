// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.Severity;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * A signal whose values have been Bad (a sensor failure, no communication) for longer than a threshold: a
 * {@value #SOURCE} frame (MEDIUM) on its equipment, starting when it went Bad, closed by its next value that is not
 * Bad. A signal that never had a value is not flagged here ({@code check} reports bindings that give none).
 */
public final class SignalQualityDetector implements Detector {
	public static final String SOURCE = "signal.bad";
	public static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(5);

	private final Signal signal;
	private final Duration threshold;
	private @Nullable Instant badSince;
	private @Nullable SignalValue lastBad;
	private @Nullable EventFrame frame;

	public SignalQualityDetector(Signal signal, Duration threshold) {
		this.signal = signal;
		this.threshold = threshold;
	}

	@Override
	public void onValue(Signal changed, SignalValue value, Instant time, EventSink sink) {
		if (value.isBad()) {
			if (badSince == null) {
				badSince = time;
			}
			lastBad = value;
			onTime(time, sink);
			return;
		}
		badSince = null;
		lastBad = null;
		if (frame != null) {
			sink.close(frame, time, captured(value));
			frame = null;
		}
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		Instant since = badSince;
		SignalValue bad = lastBad;
		if (since != null && bad != null && frame == null && !now.isBefore(since.plus(threshold))) {
			frame = sink.open(SOURCE, Severity.MEDIUM, signal.getEquipment(),
					signal.getTag() + " is bad (" + bad.status() + ")", since, captured(bad));
		}
	}

	@Override
	public Set<Signal> watched() {
		return Set.of(signal);
	}

	private Map<String, Object> captured(SignalValue value) {
		// a frame's captured values cannot be null: a value-less Bad is captured as its status
		Object shown = value.value() != null ? value.value() : value.status();
		return Map.of(signal.getTag() == null ? "?" : signal.getTag(), shown);
	}

	@Override
	public String toString() {
		return "SignalQualityDetector[" + signal.getTag() + "]";
	}
}
