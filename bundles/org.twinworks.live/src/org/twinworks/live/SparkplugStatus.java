// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/**
 * Where a {@link SparkplugSession} stands: the broker connection, whether its edge node is alive (born and not
 * dead since), the bdSeq of its current birth (-1 before the first), how many births arrived, and how many seq gaps
 * and messages lost by seq the session counted since it opened.
 */
public record SparkplugStatus(String group, String edgeNode, boolean brokerConnected, boolean nodeAlive, int bdSeq,
		long births, long gaps, long lostMessages) {
}
