// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Milo's session activity into our states: an inactive session that we did not close is a reconnect in
 * progress; active again is CONNECTED again.
 */
final class StateReporter {
	private static final Logger LOG = LoggerFactory.getLogger(StateReporter.class);

	private final String url;
	private final List<ConnectionListener> listeners;
	private volatile boolean connected;
	private volatile boolean closing;
	private volatile boolean reconnecting;

	StateReporter(String url, List<ConnectionListener> listeners) {
		this.url = url;
		this.listeners = listeners;
	}

	void connected(String policy, String mode) {
		connected = true;
		report(ConnectionState.CONNECTED, policy, mode, null);
	}

	/** True when this ends a reconnect (CONNECTED reported again). */
	boolean sessionActive(String policy, String mode) {
		if (reconnecting) {
			reconnecting = false;
			report(ConnectionState.CONNECTED, policy, mode, null);
			return true;
		}
		return false;
	}

	void sessionInactive() {
		if (connected && !closing) {
			reconnecting = true;
			report(ConnectionState.RECONNECTING, null, null, "the session was lost; Milo reconnects");
		}
	}

	void closing() {
		closing = true;
	}

	void report(ConnectionState state, String policy, String mode, String reason) {
		report(new ConnectionEvent(state, url, policy, mode, reason));
	}

	void report(ConnectionEvent event) {
		LOG.info("{}", event);
		for (ConnectionListener listener : listeners) {
			try {
				listener.stateChanged(event);
			} catch (RuntimeException e) {
				LOG.error("a connection listener failed", e);
			}
		}
	}
}
