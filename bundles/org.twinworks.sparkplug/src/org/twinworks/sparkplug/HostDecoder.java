// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The host side of Sparkplug B: feed it every message of a group ({@code spBv1.0/<group>/#}) in arrival order. It
 * keeps per edge node the bdSeq of the current birth, the expected seq, and per device the alias table of its
 * DBIRTH; resolves data by alias; counts messages lost by seq; and marks a node's devices stale on an NDEATH whose
 * bdSeq matches the current birth (an older session's will is ignored). One thread feeds it; other threads may read
 * its counters and states (a consistent snapshot is not promised).
 */
public final class HostDecoder {

	private final HostListener listener;
	private final Map<EdgeNodeId, NodeState> nodes = new ConcurrentHashMap<>();
	private volatile long lostMessages;
	private volatile long gaps;
	private volatile long messages;

	public HostDecoder(HostListener listener) {
		this.listener = listener;
	}

	/** Messages lost in total, counted from gaps in seq. */
	public long lostMessages() {
		return lostMessages;
	}

	/** How many times seq jumped. */
	public long gaps() {
		return gaps;
	}

	/** Messages accepted (any type). */
	public long messages() {
		return messages;
	}

	/** Whether the device is stale: no birth yet, or its node or the device itself died since. */
	public boolean isStale(DeviceId device) {
		NodeState node = nodes.get(device.node());
		if (node == null || !node.alive) {
			return true;
		}
		DeviceState state = node.devices.get(device.device());
		return state == null || !state.alive;
	}

	/** The devices born under {@code node}, alive or stale. */
	public Set<DeviceId> devices(EdgeNodeId node) {
		NodeState state = nodes.get(node);
		Set<DeviceId> result = new LinkedHashSet<>();
		if (state != null) {
			state.devices.keySet().forEach(device -> result.add(node.device(device)));
		}
		return result;
	}

	/** Every edge node seen born, alive or dead. */
	public Set<EdgeNodeId> nodes() {
		return Set.copyOf(nodes.keySet());
	}

	/** The bdSeq of the node's current birth, or -1. */
	public int bdSeq(EdgeNodeId node) {
		NodeState state = nodes.get(node);
		return state == null ? -1 : state.bdSeq;
	}

	/** Decodes and applies one message; problems go to the listener, never out of here. */
	public void accept(String topicText, byte[] bytes) {
		if (topicText.startsWith(SparkplugTopic.NAMESPACE + "/STATE/")) {
			return;
		}
		SparkplugTopic topic;
		SparkplugPayload payload;
		try {
			topic = SparkplugTopic.parse(topicText);
			payload = PayloadCodec.decode(topicText, bytes);
		} catch (IllegalArgumentException e) {
			listener.onProblem(e.getMessage());
			return;
		} catch (SparkplugFormatException e) {
			listener.onProblem(e.getMessage());
			return;
		}
		messages++;
		switch (topic.type()) {
		case NBIRTH -> nodeBirth(topic.node(), payload);
		case NDEATH -> nodeDeath(topic.node(), payload);
		case NDATA -> nodeData(topic.node(), payload);
		case DBIRTH -> deviceBirth(topic, payload);
		case DDATA -> deviceData(topic, payload);
		case DDEATH -> deviceDeath(topic, payload);
		default -> {
			// commands are for edge nodes; a host sees its own and other hosts' NCMD/DCMD
		}
		}
	}

	private void nodeBirth(EdgeNodeId id, SparkplugPayload payload) {
		NodeState node = new NodeState(NodeControl.bdSeq(payload));
		nodes.put(id, node);
		node.expectedSeq = next(payload.seq() == null ? 0 : payload.seq());
		listener.onNodeBirth(id, node.bdSeq, payload.metrics());
	}

	private void nodeDeath(EdgeNodeId id, SparkplugPayload payload) {
		NodeState node = nodes.get(id);
		if (node == null || !node.alive || NodeControl.bdSeq(payload) != node.bdSeq) {
			return;
		}
		node.alive = false;
		Set<DeviceId> stale = new LinkedHashSet<>();
		node.devices.forEach((device, state) -> {
			state.alive = false;
			stale.add(id.device(device));
		});
		listener.onNodeDeath(id, stale);
	}

	private void nodeData(EdgeNodeId id, SparkplugPayload payload) {
		NodeState node = liveNode(id, payload, "NDATA");
		if (node != null) {
			listener.onNodeData(id, payload.metrics());
		}
	}

	private void deviceBirth(SparkplugTopic topic, SparkplugPayload payload) {
		NodeState node = liveNode(topic.node(), payload, "DBIRTH");
		DeviceId device = topic.deviceId();
		if (node == null || device == null) {
			return;
		}
		DeviceState state = new DeviceState();
		for (Metric metric : payload.metrics()) {
			if (metric.hasAlias() && metric.name() != null) {
				state.aliases.put(metric.alias(), metric);
			}
		}
		node.devices.put(device.device(), state);
		listener.onDeviceBirth(device, payload.metrics());
	}

	private void deviceData(SparkplugTopic topic, SparkplugPayload payload) {
		NodeState node = liveNode(topic.node(), payload, "DDATA");
		DeviceId device = topic.deviceId();
		if (node == null || device == null) {
			return;
		}
		DeviceState state = node.devices.get(device.device());
		if (state == null) {
			listener.onRebirthNeeded(topic.node(), "DDATA for device '" + device.device() + "' without its DBIRTH");
			return;
		}
		List<Metric> resolved = new ArrayList<>(payload.metrics().size());
		for (Metric metric : payload.metrics()) {
			Metric born = metric.hasAlias() ? state.aliases.get(metric.alias()) : null;
			if (metric.name() != null) {
				resolved.add(metric);
			} else if (born != null && born.name() != null) {
				resolved.add(metric.named(born.name()));
			} else {
				listener.onProblem(topic + ": unknown " + metric.label() + " (not in the DBIRTH)");
			}
		}
		listener.onDeviceData(device, resolved);
	}

	private void deviceDeath(SparkplugTopic topic, SparkplugPayload payload) {
		NodeState node = liveNode(topic.node(), payload, "DDEATH");
		DeviceId device = topic.deviceId();
		if (node == null || device == null) {
			return;
		}
		DeviceState state = node.devices.get(device.device());
		if (state != null) {
			state.alive = false;
		}
		listener.onDeviceDeath(device);
	}

	/** The node if it is alive; checks and advances its seq. Null (after asking for a rebirth) otherwise. */
	private @Nullable NodeState liveNode(EdgeNodeId id, SparkplugPayload payload, String what) {
		NodeState node = nodes.get(id);
		if (node == null || !node.alive) {
			listener.onRebirthNeeded(id, what + " from an edge node without a current NBIRTH");
			return null;
		}
		Integer seq = payload.seq();
		if (seq != null) {
			if (seq != node.expectedSeq) {
				int lost = (seq - node.expectedSeq) & 0xff;
				gaps++;
				lostMessages += lost;
				listener.onRebirthNeeded(id,
						what + " seq " + seq + " where " + node.expectedSeq + " was expected (" + lost + " lost)");
			}
			node.expectedSeq = next(seq);
		}
		return node;
	}

	private static int next(int seq) {
		return (seq + 1) & 0xff;
	}

	private static final class NodeState {
		final int bdSeq;
		final Map<String, DeviceState> devices = new ConcurrentHashMap<>();
		int expectedSeq;
		volatile boolean alive = true;

		NodeState(int bdSeq) {
			this.bdSeq = bdSeq;
		}
	}

	private static final class DeviceState {
		final Map<Long, Metric> aliases = new HashMap<>();
		volatile boolean alive = true;
	}
}
