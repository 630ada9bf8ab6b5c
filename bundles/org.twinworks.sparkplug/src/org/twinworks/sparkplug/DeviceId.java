// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/** A device behind an edge node. */
public record DeviceId(EdgeNodeId node, String device) {

	public DeviceId {
		SparkplugNames.check("device id", device);
	}

	@Override
	public String toString() {
		return node + "/" + device;
	}
}
