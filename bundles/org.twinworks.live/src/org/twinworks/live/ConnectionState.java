// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/** Where a {@link LiveSession} stands, as reported to {@link ConnectionListener}s. */
public enum ConnectionState {
	CONNECTING, CONNECTED, RECONNECTING, FAILED, DISCONNECTED
}
