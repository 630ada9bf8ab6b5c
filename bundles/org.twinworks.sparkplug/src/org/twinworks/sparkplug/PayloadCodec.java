// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import org.twinworks.sparkplug.internal.ProtoPayloads;

/** Encodes and decodes Sparkplug B payloads (protobuf, through Eclipse Tahu's generated classes). */
public final class PayloadCodec {

	private PayloadCodec() {
	}

	public static byte[] encode(SparkplugPayload payload) {
		return ProtoPayloads.toProto(payload).toByteArray();
	}

	/**
	 * Decodes {@code bytes} received on {@code topic}; the topic only serves the error message.
	 *
	 * @throws SparkplugFormatException when the bytes are not a Sparkplug B payload we can read
	 */
	public static SparkplugPayload decode(String topic, byte[] bytes) throws SparkplugFormatException {
		return ProtoPayloads.fromProto(topic, bytes);
	}
}
