// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import org.twinworks.model.Binding;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.Signal;

/**
 * What a monitored item was made from: when an edit changes any of it, the item is deleted and made again
 * (a modify would keep the old node and the old signal the values are stored under).
 */
record SubscribedKey(Signal signal, String nodeId, double samplingInterval, int queueSize, DeadbandKind deadbandKind,
		double deadbandValue) {

	static SubscribedKey of(Binding binding) {
		return new SubscribedKey(binding.getSignal(), binding.getNodeId(), binding.getSamplingInterval(),
				binding.getQueueSize(), binding.getDeadbandKind(), binding.getDeadbandValue());
	}
}
