// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of this JVM's threads by name (numbers and hex suffixes replaced by #, so pools add up), to split the
 * process's CPU; and the collectors' time.
 */
final class ThreadCpu {
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<Long, Long> startById = new HashMap<>();
	private final long gcStart = gcMillis();

	ThreadCpu() {
		for (long id : THREADS.getAllThreadIds()) {
			startById.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
		}
	}

	/** The busiest thread groups since construction, as "name cores, …" over {@code seconds}. */
	String top(int groups, double seconds) {
		Map<String, Long> byGroup = new HashMap<>();
		for (long id : THREADS.getAllThreadIds()) {
			ThreadInfo info = THREADS.getThreadInfo(id);
			long cpu = THREADS.getThreadCpuTime(id);
			if (info == null || cpu < 0) {
				continue;
			}
			byGroup.merge(info.getThreadName().replaceAll("-[0-9a-f]{6,}$", "-#").replaceAll("[0-9]+", "#"),
					cpu - startById.getOrDefault(id, 0L), Long::sum);
		}
		return byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(groups)
				.map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / 1e9 / seconds))
				.collect(Collectors.joining(", "));
	}

	/** Milliseconds the garbage collectors took since construction (pauses and concurrent work). */
	long gcMillisSince() {
		return gcMillis() - gcStart;
	}

	private static long gcMillis() {
		long total = 0;
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, collector.getCollectionTime());
		}
		return total;
	}
}
