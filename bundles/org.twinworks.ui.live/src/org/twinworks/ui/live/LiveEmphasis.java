// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Instant;

import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.SignalState;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.Signal;

/**
 * Maps a signal's live state onto the diagram's calm vocabulary. The order matters: without a connection
 * nothing else is claimed; a stale value is dimmed before anything is said about its number; alarm colours only
 * for limit violations; running only from a fresh running feedback, so no green outlives its connection.
 */
public final class LiveEmphasis {
	static final Rgb ALARM_HIGH = new Rgb(200, 30, 30);
	static final Rgb ALARM_LOW = new Rgb(214, 120, 0);
	static final Rgb RUNNING = new Rgb(70, 150, 90);

	private LiveEmphasis() {
	}

	/** The overlay of {@code signal} at {@code now}; null for an unbound signal. */
	public static Overlay of(Signal signal, LiveSignal live, Instant now) {
		Overlay overlay = state(signal, live, now);
		return overlay != null && live.changed() ? overlay.withMarker() : overlay;
	}

	private static Overlay state(Signal signal, LiveSignal live, Instant now) {
		if (live == null || !live.bound()) {
			return null;
		}
		if (!live.online()) {
			String text = live.connection() == ConnectionState.CONNECTING ? "connecting" : "offline";
			return new Overlay(text, Emphasis.DISCONNECTED, null);
		}
		if (live.value() == null) {
			return new Overlay(live.connection() == ConnectionState.CONNECTED ? "no value yet" : "offline",
					live.connection() == ConnectionState.CONNECTED ? Emphasis.NO_VALUE : Emphasis.DISCONNECTED, null);
		}
		SignalState state = live.state();
		String value = PrimarySignals.isRunningFeedback(signal) ? running(live) : LiveText.value(signal, live.value());
		if (state != null && state.stale()) {
			Instant since = live.time() != null ? live.time() : state.staleSince();
			return new Overlay(value + " · " + LiveText.age(since, now), Emphasis.STALE, null);
		}
		if (live.value().isBad()) {
			return new Overlay(value.isEmpty() ? live.value().status() : value + " · bad", Emphasis.BAD, null);
		}
		AlarmKind alarm = state == null ? null : state.highestAlarm();
		if (alarm != null) {
			boolean severe = alarm == AlarmKind.HIGH_HIGH || alarm == AlarmKind.LOW_LOW;
			return new Overlay(value + " " + short_(alarm), Emphasis.ALARM, severe ? ALARM_HIGH : ALARM_LOW);
		}
		if (!live.value().isGood()) {
			return new Overlay(value + " ?", Emphasis.UNCERTAIN, null);
		}
		if (PrimarySignals.isRunningFeedback(signal) && Boolean.TRUE.equals(live.value().value())) {
			return new Overlay(value, Emphasis.RUNNING, RUNNING);
		}
		return Overlay.of(value);
	}

	private static String running(LiveSignal live) {
		Object v = live.value().value();
		return Boolean.TRUE.equals(v) ? "running" : Boolean.FALSE.equals(v) ? "stopped" : String.valueOf(v);
	}

	private static String short_(AlarmKind kind) {
		return switch (kind) {
		case HIGH_HIGH -> "HH";
		case HIGH -> "H";
		case LOW -> "L";
		case LOW_LOW -> "LL";
		};
	}
}
