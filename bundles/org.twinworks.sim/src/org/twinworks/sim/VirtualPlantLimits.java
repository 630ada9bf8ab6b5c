// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim;

import java.time.Duration;

/**
 * What the server accepts at most. Milo's own defaults are unbounded (Integer.MAX_VALUE monitored items and
 * subscriptions), which a server reachable by other processes must not keep.
 *
 * @param maxSessions             concurrent sessions
 * @param maxMonitoredItemsPerSession monitored items one session may create
 * @param maxMonitoredItems       monitored items over all sessions
 * @param maxSubscriptionsPerSession subscriptions one session may create
 * @param maxMessageSize          bytes of one message, both directions
 * @param maxChunkSize            bytes of one message chunk (at least 8196)
 * @param maxMonitoredItemsPerCall monitored items one CreateMonitoredItems call may carry (OperationLimits);
 *                                clients must split larger creations into several calls
 * @param maxConnections          TCP connections open at once, authenticated or not; more are closed at once;
 *                                one source address may hold at most half of them
 * @param secureChannelDeadline   how long a connection may stay without a secure channel (Hello and
 *                                OpenSecureChannel done) before it is closed, and how long a message chunk may
 *                                stay unfinished
 */
public record VirtualPlantLimits(int maxSessions, int maxMonitoredItemsPerSession, int maxMonitoredItems,
		int maxSubscriptionsPerSession, int maxMessageSize, int maxChunkSize, int maxMonitoredItemsPerCall,
		int maxConnections, Duration secureChannelDeadline) {

	/**
	 * Enough for a workbench, a test client and a few tools on one model of some thousand signals. A connection
	 * holds at most one message's chunks (see ServerAssembly), so 32 connections bound what unauthenticated
	 * clients can make the server hold.
	 */
	public static final VirtualPlantLimits DEFAULT = new VirtualPlantLimits(16, 20_000, 100_000, 10, 4 * 1024 * 1024,
			65_535, 10_000, 32, Duration.ofSeconds(10));

	public VirtualPlantLimits {
		if (maxSessions < 1 || maxMonitoredItemsPerSession < 1 || maxMonitoredItems < 1
				|| maxSubscriptionsPerSession < 1 || maxMonitoredItemsPerCall < 1 || maxConnections < 1) {
			throw new IllegalArgumentException("limits must be at least 1");
		}
		if (secureChannelDeadline == null || secureChannelDeadline.isNegative() || secureChannelDeadline.isZero()) {
			throw new IllegalArgumentException("the secure channel deadline must be positive");
		}
		if (maxChunkSize < 8196 || maxMessageSize < maxChunkSize) {
			throw new IllegalArgumentException("chunks must be at least 8196 bytes and messages at least one chunk");
		}
	}

	public VirtualPlantLimits withMaxSessions(int sessions) {
		return new VirtualPlantLimits(sessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, maxMessageSize, maxChunkSize, maxMonitoredItemsPerCall, maxConnections,
				secureChannelDeadline);
	}

	public VirtualPlantLimits withMaxMonitoredItems(int perSession, int total) {
		return new VirtualPlantLimits(maxSessions, perSession, total, maxSubscriptionsPerSession, maxMessageSize,
				maxChunkSize, maxMonitoredItemsPerCall, maxConnections, secureChannelDeadline);
	}

	public VirtualPlantLimits withMaxMonitoredItemsPerCall(int perCall) {
		return new VirtualPlantLimits(maxSessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, maxMessageSize, maxChunkSize, perCall, maxConnections,
				secureChannelDeadline);
	}

	/** Bigger messages, for plants of tens of thousands of signals (a full Publish of Doubles is ~2 MB). */
	public VirtualPlantLimits withMaxMessageSize(int bytes) {
		return new VirtualPlantLimits(maxSessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, bytes, maxChunkSize, maxMonitoredItemsPerCall, maxConnections,
				secureChannelDeadline);
	}

	public VirtualPlantLimits withMaxConnections(int connections, Duration deadline) {
		return new VirtualPlantLimits(maxSessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, maxMessageSize, maxChunkSize, maxMonitoredItemsPerCall, connections,
				deadline);
	}
}
