// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim;

/**
 * Where the virtual plant departs from its own defaults to behave like servers that are not ours, so that clients
 * can be tested against what they meet in a plant. {@link #STANDARD} changes nothing.
 *
 * @param analogProperties        serve EURange and EngineeringUnits; without them the server also refuses a Percent
 *                                deadband (Bad_MonitoredItemFilterUnsupported), as OPC UA defines it only for
 *                                AnalogItems with an EURange
 * @param minimumSamplingInterval milliseconds: a faster requested sampling interval is revised up to this
 *                                (0: the simulation's tick, as by default)
 * @param maxQueueSize            a longer requested queue is revised down to this (0: no cap)
 * @param maxNodesPerCall         OperationLimits of Read, Write, Browse, TranslateBrowsePathsToNodeIds, Call and
 *                                RegisterNodes; a request with more operations is refused with
 *                                Bad_TooManyOperations (0: the server's defaults)
 */
public record ServerBehaviour(boolean analogProperties, double minimumSamplingInterval, int maxQueueSize,
		int maxNodesPerCall) {

	public static final ServerBehaviour STANDARD = new ServerBehaviour(true, 0, 0, 0);

	public ServerBehaviour {
		if (minimumSamplingInterval < 0 || maxQueueSize < 0 || maxNodesPerCall < 0) {
			throw new IllegalArgumentException("server behaviour figures cannot be negative");
		}
	}

	public ServerBehaviour withoutAnalogProperties() {
		return new ServerBehaviour(false, minimumSamplingInterval, maxQueueSize, maxNodesPerCall);
	}

	public ServerBehaviour withMinimumSamplingInterval(double milliseconds) {
		return new ServerBehaviour(analogProperties, milliseconds, maxQueueSize, maxNodesPerCall);
	}

	public ServerBehaviour withMaxQueueSize(int size) {
		return new ServerBehaviour(analogProperties, minimumSamplingInterval, size, maxNodesPerCall);
	}

	public ServerBehaviour withMaxNodesPerCall(int nodes) {
		return new ServerBehaviour(analogProperties, minimumSamplingInterval, maxQueueSize, nodes);
	}
}
