// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decoded Sparkplug B payload: its timestamp, its seq (absent in NDEATH and in NCMD/DCMD) and its metrics.
 */
public record SparkplugPayload(long timestamp, @Nullable Integer seq, List<Metric> metrics) {

	public SparkplugPayload {
		metrics = List.copyOf(metrics);
		if (seq != null && (seq < 0 || seq > 255)) {
			throw new IllegalArgumentException("seq " + seq + " outside 0..255");
		}
	}

	/** The first metric named {@code name}, or null. */
	public @Nullable Metric metric(String name) {
		for (Metric metric : metrics) {
			if (name.equals(metric.name())) {
				return metric;
			}
		}
		return null;
	}
}
