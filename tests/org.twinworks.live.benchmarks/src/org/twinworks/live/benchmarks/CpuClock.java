// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of every live thread of this JVM (server and client alike, they share it): the work a step cost,
 * which other processes on the machine disturb far less than its wall time. Threads that end in between are
 * missed; Milo's pools and event loops live as long as their client or server.
 */
final class CpuClock {
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private CpuClock() {
	}

	static long nanos() {
		long total = 0;
		for (long id : THREADS.getAllThreadIds()) {
			total += Math.max(0, THREADS.getThreadCpuTime(id));
		}
		return total;
	}
}
