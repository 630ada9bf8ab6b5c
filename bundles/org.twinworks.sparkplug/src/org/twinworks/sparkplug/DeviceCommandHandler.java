// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/**
 * What an {@link EdgeNode} does with a DCMD (a host asking to set a device's metrics). Called on the connection's
 * delivery thread: a handler that talks to the plant hands the work to its own thread.
 */
@FunctionalInterface
public interface DeviceCommandHandler {

	/** {@code command}'s metrics are named (or aliased) as in that device's DBIRTH. */
	void onDeviceCommand(String device, SparkplugPayload command);
}
