// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway;

/**
 * What a {@link SparkplugGateway} did since it started: publishing cycles, DDATA messages and metrics handed to the
 * edge node, messages it dropped, and the wall and CPU time its cycles took (building, encoding and handing over;
 * the MQTT client's own network threads are not included), with the longest cycle.
 */
public record GatewayStats(long cycles, long messages, long metrics, long dropped, long cycleNanos, long cycleCpuNanos,
		long longestCycleNanos) {
}
