// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/** Receives the messages of a subscription, one at a time, on the connection's delivery thread. */
@FunctionalInterface
public interface MessageHandler {
	void onMessage(String topic, byte[] payload);
}
