package org.twinworks.sim;

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
 */
public record VirtualPlantLimits(int maxSessions, int maxMonitoredItemsPerSession, int maxMonitoredItems,
		int maxSubscriptionsPerSession, int maxMessageSize, int maxChunkSize, int maxMonitoredItemsPerCall) {

	/** Enough for a workbench, a test client and a few tools on one model of some thousand signals. */
	public static final VirtualPlantLimits DEFAULT = new VirtualPlantLimits(16, 20_000, 100_000, 10, 4 * 1024 * 1024,
			65_535, 10_000);

	public VirtualPlantLimits {
		if (maxSessions < 1 || maxMonitoredItemsPerSession < 1 || maxMonitoredItems < 1
				|| maxSubscriptionsPerSession < 1 || maxMonitoredItemsPerCall < 1) {
			throw new IllegalArgumentException("limits must be at least 1");
		}
		if (maxChunkSize < 8196 || maxMessageSize < maxChunkSize) {
			throw new IllegalArgumentException("chunks must be at least 8196 bytes and messages at least one chunk");
		}
	}

	public VirtualPlantLimits withMaxSessions(int sessions) {
		return new VirtualPlantLimits(sessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, maxMessageSize, maxChunkSize, maxMonitoredItemsPerCall);
	}

	public VirtualPlantLimits withMaxMonitoredItems(int perSession, int total) {
		return new VirtualPlantLimits(maxSessions, perSession, total, maxSubscriptionsPerSession, maxMessageSize,
				maxChunkSize, maxMonitoredItemsPerCall);
	}

	public VirtualPlantLimits withMaxMonitoredItemsPerCall(int perCall) {
		return new VirtualPlantLimits(maxSessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, maxMessageSize, maxChunkSize, perCall);
	}

	/** Bigger messages, for plants of tens of thousands of signals (a full Publish of Doubles is ~2 MB). */
	public VirtualPlantLimits withMaxMessageSize(int bytes) {
		return new VirtualPlantLimits(maxSessions, maxMonitoredItemsPerSession, maxMonitoredItems,
				maxSubscriptionsPerSession, bytes, maxChunkSize, maxMonitoredItemsPerCall);
	}
}
