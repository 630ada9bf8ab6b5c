// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * Report by exception for the items that sample a served signal's value at the tick's own rate: the tick hands
 * each new value to them itself. Milo's sampler keeps its own clock; at the tick's period it drifts past ticks
 * and misses values (aliasing). Such an item can see no more than every tick's value, and pushed it sees exactly
 * that. Items sampling slower than the tick, other attributes and other nodes stay with the sampler, which keeps
 * their interval.
 */
final class PushedItems {
	private final double tickMillis;
	private final Function<NodeId, ServedSignal> served;
	private final Map<MonitoredItem, ServedSignal> adopted = new ConcurrentHashMap<>();

	PushedItems(double tickMillis, Function<NodeId, ServedSignal> served) {
		this.tickMillis = tickMillis;
		this.served = served;
	}

	/** Starts pushing to the items it can serve this way and returns the others, for the sampler. */
	List<DataItem> adopt(List<DataItem> items) {
		List<DataItem> sampled = new ArrayList<>();
		for (DataItem item : items) {
			ServedSignal signal = pushable(item);
			if (signal == null) {
				sampled.add(item);
			} else {
				adopted.put(item, signal);
				signal.push(item);
			}
		}
		return sampled;
	}

	/** Stops pushing to these items (deleted, or to be routed again); items it never adopted are ignored. */
	void drop(List<? extends MonitoredItem> items) {
		for (MonitoredItem item : items) {
			ServedSignal signal = adopted.remove(item);
			if (signal != null) {
				signal.stopPushing((DataItem) item);
			}
		}
	}

	/** A pushed item switched back to sampling gets the current value at once, as the sampler would give it. */
	void refresh(List<? extends MonitoredItem> items) {
		for (MonitoredItem item : items) {
			ServedSignal signal = adopted.get(item);
			if (signal != null) {
				signal.redeliver((DataItem) item);
			}
		}
	}

	private ServedSignal pushable(DataItem item) {
		ReadValueId id = item.getReadValueId();
		boolean wholeValue = AttributeId.Value.isEqual(id.getAttributeId())
				&& (id.getIndexRange() == null || id.getIndexRange().isEmpty())
				&& (id.getDataEncoding() == null || id.getDataEncoding().isNull());
		return wholeValue && item.getSamplingInterval() <= tickMillis ? served.apply(id.getNodeId()) : null;
	}
}
