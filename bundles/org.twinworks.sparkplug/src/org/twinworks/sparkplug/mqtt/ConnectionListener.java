// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/** Told about every (re)connect and every lost connection; called on the connection's delivery thread. */
public interface ConnectionListener {

	/** Connected (again); the subscriptions are in place. */
	default void onConnected() {
	}

	/** The connection was lost; a reconnect follows after {@code retryInMillis} unless the connection is closing. */
	default void onDisconnected(String cause, long retryInMillis) {
	}
}
