// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.management.ObjectName;

/**
 * The live heap by class (HotSpot's {@code GC.class_histogram}, which collects first), so a soak can say which
 * classes a growth of the heap is made of and count the instances of one (bytes and instances by class name).
 */
record HeapHistogram(Map<String, Long> bytes, Map<String, Long> instances) {

	/** Instances of the class named {@code className} (0 when there are none). */
	long instancesOf(String className) {
		return instances.getOrDefault(className, 0L);
	}

	static HeapHistogram take() throws Exception {
		Object text = ManagementFactory.getPlatformMBeanServer().invoke(
				new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram", new Object[]{null},
				new String[]{String[].class.getName()});
		Map<String, Long> bytes = new HashMap<>();
		Map<String, Long> instances = new HashMap<>();
		for (String line : text.toString().split("\n")) {
			// "   1:        123456       7890123  java.lang.String (java.base@25)"
			String[] parts = line.trim().split("\\s+");
			if (parts.length >= 4 && parts[0].endsWith(":")) {
				bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
				instances.merge(parts[3], Long.parseLong(parts[1]), Long::sum);
			}
		}
		return new HeapHistogram(bytes, instances);
	}

	/** Prints the {@code top} classes that grew most from {@code before} to {@code after}, in bytes. */
	static void printGrowth(HeapHistogram before, HeapHistogram after, int top, BiConsumer<String, Object[]> print) {
		after.bytes().entrySet().stream()
				.map(e -> Map.entry(e.getKey(), e.getValue() - before.bytes().getOrDefault(e.getKey(), 0L)))
				.filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
				.forEach(e -> print.accept("  grew: %+,d KB %s", new Object[]{e.getValue() >> 10, e.getKey()}));
	}
}
