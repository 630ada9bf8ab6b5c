// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.jspecify.annotations.Nullable;

/**
 * One change of a session's state. {@code securityPolicy} and {@code securityMode} name the channel once
 * connected (e.g. Basic256Sha256, SignAndEncrypt); {@code reason} says why for FAILED and RECONNECTING.
 * {@code lostMessages} is what a Sparkplug B source lost by sequence number so far, -1 where nothing counts them
 * (OPC UA).
 */
public record ConnectionEvent(ConnectionState state, String endpointUrl, @Nullable String securityPolicy,
		@Nullable String securityMode, @Nullable String reason, long lostMessages) {

	/** An event of a source that does not count lost messages (OPC UA). */
	public ConnectionEvent(ConnectionState state, String endpointUrl, @Nullable String securityPolicy,
			@Nullable String securityMode, @Nullable String reason) {
		this(state, endpointUrl, securityPolicy, securityMode, reason, -1);
	}

	@Override
	public String toString() {
		return state + " " + endpointUrl + (securityPolicy == null ? "" : " " + securityPolicy + "/" + securityMode)
				+ (reason == null ? "" : ": " + reason) + (lostMessages < 0 ? "" : " (" + lostMessages + " lost)");
	}
}
