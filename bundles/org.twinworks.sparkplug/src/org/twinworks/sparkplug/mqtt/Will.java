// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/** The message the broker publishes for us when our connection dies (Sparkplug's NDEATH). */
public record Will(String topic, byte[] payload, int qos) {
}
