// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/** Receives a session's state changes; called on Milo or caller threads, so it must return at once. */
@FunctionalInterface
public interface ConnectionListener {
	void stateChanged(ConnectionEvent event);
}
