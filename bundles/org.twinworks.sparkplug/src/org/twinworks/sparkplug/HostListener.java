// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.util.List;
import java.util.Set;

/**
 * What a host decoder reports, on the thread that feeds it. Metrics passed to the data callbacks have their names
 * resolved from the births, whatever the wire carried.
 */
public interface HostListener {

	default void onNodeBirth(EdgeNodeId node, int bdSeq, List<Metric> metrics) {
	}

	default void onDeviceBirth(DeviceId device, List<Metric> metrics) {
	}

	default void onDeviceData(DeviceId device, List<Metric> metrics) {
	}

	default void onNodeData(EdgeNodeId node, List<Metric> metrics) {
	}

	/** The node died (its NDEATH with the bdSeq of its current birth): its devices are stale until a new birth. */
	default void onNodeDeath(EdgeNodeId node, Set<DeviceId> staleDevices) {
	}

	default void onDeviceDeath(DeviceId device) {
	}

	/** Messages were lost ({@code lost} by seq) or data came from a node we have no birth for: ask for a rebirth. */
	default void onRebirthNeeded(EdgeNodeId node, String reason) {
	}

	/** A message we could not use; the text names the topic. */
	default void onProblem(String message) {
	}
}
