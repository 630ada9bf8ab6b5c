// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.util.List;

/** The node-level metric names and payloads the specification fixes (bdSeq, rebirth requests). */
public final class NodeControl {

	/** The birth/death sequence metric in NBIRTH and NDEATH. */
	public static final String BD_SEQ = "bdSeq";
	/** The metric a host sets to true in NCMD to ask for a rebirth. */
	public static final String REBIRTH = "Node Control/Rebirth";

	private NodeControl() {
	}

	/** The NDEATH payload (also the MQTT will): bdSeq only, no seq. */
	public static SparkplugPayload death(int bdSeq, long timestamp) {
		return new SparkplugPayload(timestamp, null, List.of(
				Metric.birth(BD_SEQ, Metric.NO_ALIAS, DataType.INT64, timestamp, (long) bdSeq, MetricProperties.NONE)));
	}

	/** The NCMD payload asking an edge node to publish its births again. */
	public static SparkplugPayload rebirthRequest(long timestamp) {
		return new SparkplugPayload(timestamp, null, List
				.of(Metric.birth(REBIRTH, Metric.NO_ALIAS, DataType.BOOLEAN, timestamp, true, MetricProperties.NONE)));
	}

	/** The bdSeq of an NBIRTH or NDEATH payload, or -1 when it has none. */
	public static int bdSeq(SparkplugPayload payload) {
		Metric metric = payload.metric(BD_SEQ);
		return metric != null && metric.value() instanceof Long value ? (int) (value & 0xff) : -1;
	}

	/** Whether an NCMD payload asks for a rebirth. */
	public static boolean isRebirthRequest(SparkplugPayload payload) {
		Metric metric = payload.metric(REBIRTH);
		return metric != null && Boolean.TRUE.equals(metric.value());
	}
}
