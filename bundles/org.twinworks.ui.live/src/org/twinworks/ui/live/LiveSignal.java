// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Instant;

import org.twinworks.live.ConnectionState;
import org.twinworks.live.SignalState;
import org.twinworks.live.SignalValue;

/**
 * One signal as the UI shows it: its last value (null when none arrived), its derived state, and the state of
 * the connection its binding uses (null when the signal has no active binding on a known endpoint). While the
 * model plays a recording back, {@code replayed} is true and {@code changed} marks a value that differs from the
 * previous step's for a short while.
 */
public record LiveSignal(SignalValue value, SignalState state, ConnectionState connection, boolean replayed,
		boolean changed) {

	public static final LiveSignal UNBOUND = new LiveSignal(null, null, null);

	public LiveSignal(SignalValue value, SignalState state, ConnectionState connection) {
		this(value, state, connection, false, false);
	}

	/** A recorded value at the playback position; there is no session. */
	public static LiveSignal replayed(SignalValue value, SignalState state, boolean changed) {
		return new LiveSignal(value, state, ConnectionState.DISCONNECTED, true, changed);
	}

	public boolean bound() {
		return connection != null;
	}

	/**
	 * Only a live session vouches for a value, or a recording for the instant it shows: anything else is
	 * offline, whatever was last seen.
	 */
	public boolean online() {
		return replayed || connection == ConnectionState.CONNECTED || connection == ConnectionState.RECONNECTING;
	}

	/** The value's source time, or its server time when the source sent none. */
	public Instant time() {
		if (value == null) {
			return null;
		}
		return value.sourceTime() != null ? value.sourceTime() : value.serverTime();
	}
}
