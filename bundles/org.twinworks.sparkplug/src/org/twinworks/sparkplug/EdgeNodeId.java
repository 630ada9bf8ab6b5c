// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/** An edge node: its group and its id within the group. */
public record EdgeNodeId(String group, String node) {

	public EdgeNodeId {
		SparkplugNames.check("group id", group);
		SparkplugNames.check("edge node id", node);
	}

	public DeviceId device(String device) {
		return new DeviceId(this, device);
	}

	@Override
	public String toString() {
		return group + "/" + node;
	}
}
