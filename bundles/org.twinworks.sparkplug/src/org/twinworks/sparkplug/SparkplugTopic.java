// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import org.jspecify.annotations.Nullable;

/**
 * A Sparkplug B topic {@code spBv1.0/<group>/<type>/<edge node>[/<device>]}. STATE topics
 * ({@code spBv1.0/STATE/<host id>}) are not modelled: the host decoder ignores them.
 */
public record SparkplugTopic(EdgeNodeId node, MessageType type, @Nullable String device) {

	/** The namespace, the topic's first level. */
	public static final String NAMESPACE = "spBv1.0";

	public SparkplugTopic {
		if (type == MessageType.STATE) {
			throw new IllegalArgumentException("STATE topics have no edge node");
		}
		if (type.isDeviceMessage() != (device != null)) {
			throw new IllegalArgumentException(type + (device == null ? " needs a device id" : " has no device id"));
		}
		if (device != null) {
			SparkplugNames.check("device id", device);
		}
	}

	public static SparkplugTopic node(EdgeNodeId node, MessageType type) {
		return new SparkplugTopic(node, type, null);
	}

	public static SparkplugTopic device(DeviceId device, MessageType type) {
		return new SparkplugTopic(device.node(), type, device.device());
	}

	/** Parses a topic; throws {@link IllegalArgumentException} naming the topic and what is wrong. */
	public static SparkplugTopic parse(String topic) {
		String[] levels = topic.split("/", -1);
		if (levels.length < 4 || levels.length > 5) {
			throw new IllegalArgumentException("'" + topic + "' is not a Sparkplug B topic: expected " + NAMESPACE
					+ "/<group>/<type>/<edge node>[/<device>]");
		}
		if (!NAMESPACE.equals(levels[0])) {
			throw new IllegalArgumentException("'" + topic + "' is not in the " + NAMESPACE + " namespace");
		}
		MessageType type;
		try {
			type = MessageType.valueOf(levels[2]);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + topic + "': unknown message type '" + levels[2] + "'", e);
		}
		try {
			return new SparkplugTopic(new EdgeNodeId(levels[1], levels[3]), type,
					levels.length == 5 ? levels[4] : null);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + topic + "': " + e.getMessage(), e);
		}
	}

	/** The device this topic names, or null for node messages. */
	public @Nullable DeviceId deviceId() {
		return device == null ? null : new DeviceId(node, device);
	}

	/** The topic text. */
	public String text() {
		String base = NAMESPACE + "/" + node.group() + "/" + type + "/" + node.node();
		return device == null ? base : base + "/" + device;
	}

	@Override
	public String toString() {
		return text();
	}
}
