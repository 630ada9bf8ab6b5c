// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamReader;

import org.twinworks.interop.xml.SafeXml;

/** Timing, heap and the raw StAX floor shared by the interop benchmarks. */
final class Bench {

	private Bench() {
	}

	static Path nodesets() {
		String dir = System.getProperty("twinworks.bench.nodesets");
		if (dir == null) {
			throw new IllegalStateException(
					"run through releng/benchmarks/run.sh interop (sets twinworks.bench.nodesets)");
		}
		return Path.of(dir);
	}

	/** The built-in base model's file in the source tree, for the raw pass. */
	static Path baseNodeSet() {
		String file = System.getProperty("twinworks.bench.base");
		if (file == null) {
			throw new IllegalStateException("run through releng/benchmarks/run.sh interop (sets twinworks.bench.base)");
		}
		return Path.of(file);
	}

	/** One StAX pass over every event of the files: the floor of any reader of them. */
	static int rawStax(List<Path> files) throws Exception {
		int events = 0;
		for (Path file : files) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
				while (reader.hasNext()) {
					reader.next();
					events++;
				}
				reader.close();
			}
		}
		return events;
	}

	static void resetPeakHeap() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different times). */
	static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	static long usedHeapAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(Locale.ROOT, format, args));
	}
}
