// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.util.List;

/** Everything a DBIRTH says about one device: every metric with name, alias, type, current value and properties. */
public record DeviceBirth(String device, List<Metric> metrics) {

	public DeviceBirth {
		SparkplugNames.check("device id", device);
		metrics = List.copyOf(metrics);
		for (Metric metric : metrics) {
			if (metric.name() == null) {
				throw new IllegalArgumentException(
						"device '" + device + "': a birth metric needs a name (" + metric.label() + ")");
			}
		}
	}
}
