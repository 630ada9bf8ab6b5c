// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.util.Map;
import java.util.TreeMap;

/** One parser's figures: executions, outcomes, defects by kind, the slowest input, the most heap in use. */
final class Figures {
	private final String parser;
	private final long started = System.nanoTime();
	private long executions;
	private long accepted;
	private long refused;
	private int hangs;
	private long slowestNanos;
	private long peakHeap;
	private final Map<String, Integer> defects = new TreeMap<>();

	Figures(String parser) {
		this.parser = parser;
	}

	void add(Outcome outcome, long nanos) {
		executions++;
		if ((executions & 15) == 0) {
			// sampled: the heap in use now (garbage included), at most -Xmx
			Runtime runtime = Runtime.getRuntime();
			peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
		}
		slowestNanos = Math.max(slowestNanos, nanos);
		switch (outcome.kind()) {
		case ACCEPTED -> accepted++;
		case REFUSED -> refused++;
		case HANG -> hangs++;
		case DEFECT -> defects.merge(outcome.key(), 1, Integer::sum);
		}
	}

	int hangs() {
		return hangs;
	}

	int defectCount() {
		return defects.values().stream().mapToInt(Integer::intValue).sum();
	}

	String report() {
		double seconds = (System.nanoTime() - started) / 1e9;
		StringBuilder text = new StringBuilder(String.format(
				"%-10s %9d execs %8.0f/s  accepted %8d  refused %8d  defects %6d  hangs %d  slowest %5.0f ms  max heap used %4d MB",
				parser, executions, executions / seconds, accepted, refused, defectCount(), hangs, slowestNanos / 1e6,
				peakHeap >> 20));
		defects.forEach((key, count) -> text.append(String.format("%n    %6d x %s", count, key)));
		return text.toString();
	}
}
