// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.twinworks.model.Binding;

/** What {@link Reconciler} found: the mismatches, and each binding's node as read (value included). */
public record Reconciliation(List<Mismatch> mismatches, Map<Binding, NodeDetails> nodes) {

	/**
	 * The bindings whose current value's source timestamp is older than {@code threshold} at {@code now}: the
	 * device behind them stopped updating (a frozen driver or PLC), even if the status still says Good.
	 */
	public List<Binding> stale(Duration threshold, Instant now) {
		return nodes.entrySet().stream().filter(e -> isStale(e.getValue(), threshold, now)).map(Map.Entry::getKey)
				.toList();
	}

	private static boolean isStale(NodeDetails node, Duration threshold, Instant now) {
		SignalValue value = node.value();
		return value != null && value.sourceTime() != null && value.sourceTime().plus(threshold).isBefore(now);
	}
}
