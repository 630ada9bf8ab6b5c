// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.twinworks.sim.VirtualPlantLimits;

/** Our limits in Milo's terms; what we do not set keeps Milo's (bounded) default. */
final class ServerLimits implements OpcUaServerConfigLimits {
	private final VirtualPlantLimits limits;
	private final double minimumInterval;
	private final int maxNodesPerCall;

	/** @param maxNodesPerCall operations per Read, Write, Browse, ... request; 0 keeps Milo's defaults */
	ServerLimits(VirtualPlantLimits limits, double minimumInterval, int maxNodesPerCall) {
		this.limits = limits;
		this.minimumInterval = minimumInterval;
		this.maxNodesPerCall = maxNodesPerCall;
	}

	private UInteger perCall(UInteger miloDefault) {
		return maxNodesPerCall > 0 ? uint(maxNodesPerCall) : miloDefault;
	}

	@Override
	public UInteger getMaxNodesPerRead() {
		return perCall(OpcUaServerConfigLimits.super.getMaxNodesPerRead());
	}

	@Override
	public UInteger getMaxNodesPerWrite() {
		return perCall(OpcUaServerConfigLimits.super.getMaxNodesPerWrite());
	}

	@Override
	public UInteger getMaxNodesPerBrowse() {
		return perCall(OpcUaServerConfigLimits.super.getMaxNodesPerBrowse());
	}

	@Override
	public UInteger getMaxNodesPerTranslateBrowsePathsToNodeIds() {
		return perCall(OpcUaServerConfigLimits.super.getMaxNodesPerTranslateBrowsePathsToNodeIds());
	}

	@Override
	public UInteger getMaxNodesPerMethodCall() {
		return perCall(OpcUaServerConfigLimits.super.getMaxNodesPerMethodCall());
	}

	@Override
	public UInteger getMaxNodesPerRegisterNodes() {
		return perCall(OpcUaServerConfigLimits.super.getMaxNodesPerRegisterNodes());
	}

	@Override
	public UInteger getMaxSessions() {
		return uint(limits.maxSessions());
	}

	@Override
	public UInteger getMaxMonitoredItems() {
		return uint(limits.maxMonitoredItems());
	}

	@Override
	public UInteger getMaxMonitoredItemsPerSession() {
		return uint(limits.maxMonitoredItemsPerSession());
	}

	@Override
	public UInteger getMaxSubscriptionsPerSession() {
		return uint(limits.maxSubscriptionsPerSession());
	}

	@Override
	public UInteger getMaxSubscriptions() {
		return uint(limits.maxSubscriptionsPerSession() * limits.maxSessions());
	}

	@Override
	public UInteger getMaxMonitoredItemsPerCall() {
		return uint(limits.maxMonitoredItemsPerCall());
	}

	@Override
	public UInteger getMaxArrayLength() {
		return uint(limits.maxMessageSize() / 8);
	}

	@Override
	public UInteger getMaxStringLength() {
		return uint(limits.maxMessageSize() / 8);
	}

	@Override
	public UInteger getMaxByteStringLength() {
		return uint(limits.maxMessageSize() / 8);
	}

	@Override
	public Double getMinPublishingInterval() {
		return minimumInterval;
	}

	@Override
	public Double getMinSupportedSampleRate() {
		return minimumInterval;
	}
}
