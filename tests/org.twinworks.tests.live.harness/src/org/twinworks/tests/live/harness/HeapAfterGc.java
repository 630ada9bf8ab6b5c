// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The heap a soak samples: in use right after a full collection, as the collector reported it. Reading the heap's
 * usage a moment after {@code System.gc()} instead counts what a live workload allocated since (tens of MB a sample
 * at 200,000 values a second), which hid a trend in noise.
 */
public final class HeapAfterGc {
	// the collectors that run System.gc(): G1's, Parallel's and Serial's full collections, ZGC's major cycles
	private static final Pattern FULL = Pattern.compile("(?i).*(old|marksweep|major).*");

	private HeapAfterGc() {
	}

	/** Collects three times, then returns the heap in use after the last full collection, in bytes. */
	public static long measure() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		try {
			return afterLastFullCollection();
		} catch (JMException | IllegalStateException e) {
			return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		}
	}

	private static long afterLastFullCollection() throws JMException {
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
		MBeanServer server = ManagementFactory.getPlatformMBeanServer();
		CompositeData newest = null;
		for (ObjectName name : server.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null)) {
			if (FULL.matcher(name.getKeyProperty("name")).matches()
					&& server.getAttribute(name, "LastGcInfo") instanceof CompositeData info
					&& (newest == null || (Long) info.get("endTime") > (Long) newest.get("endTime"))) {
				newest = info;
			}
		}
		if (newest == null) {
			throw new IllegalStateException("no full collection reported");
		}
		long used = 0;
		for (Object row : ((TabularData) newest.get("memoryUsageAfterGc")).values()) {
			CompositeData pool = (CompositeData) row;
			if (heapPools.contains((String) pool.get("key"))) {
				used += MemoryUsage.from((CompositeData) pool.get("value")).getUsed();
			}
		}
		return used;
	}
}
