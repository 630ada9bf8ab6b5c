package org.twinworks.ui.live;

import java.time.Instant;

import org.twinworks.live.ConnectionState;
import org.twinworks.live.SignalState;
import org.twinworks.live.SignalValue;

/**
 * One signal as the UI shows it: its last value (null when none arrived), its derived state, and the state of
 * the connection its binding uses (null when the signal has no active binding on a known endpoint).
 */
public record LiveSignal(SignalValue value, SignalState state, ConnectionState connection) {

	public static final LiveSignal UNBOUND = new LiveSignal(null, null, null);

	public boolean bound() {
		return connection != null;
	}

	/** Only a live session vouches for a value: anything else is offline, whatever was last seen. */
	public boolean online() {
		return connection == ConnectionState.CONNECTED || connection == ConnectionState.RECONNECTING;
	}

	/** The value's source time, or its server time when the source sent none. */
	public Instant time() {
		if (value == null) {
			return null;
		}
		return value.sourceTime() != null ? value.sourceTime() : value.serverTime();
	}
}
