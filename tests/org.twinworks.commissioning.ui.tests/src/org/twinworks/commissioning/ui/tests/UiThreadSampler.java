// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's profiler for benchmarks: samples one thread's stack every millisecond while it runs and prints the
 * methods seen most often anywhere on the stack (inclusive), so a benchmark that misses its target says where the
 * time went without a profiler attached to the test runtime.
 */
public final class UiThreadSampler implements AutoCloseable {
	private final Thread target;
	private final Thread sampler;
	private final Map<String, Integer> inclusive = new HashMap<>();
	private final Map<String, Integer> self = new HashMap<>();
	private volatile boolean running = true;
	private int samples;

	private UiThreadSampler(Thread target) {
		this.target = target;
		this.sampler = new Thread(this::sample, "benchmark stack sampler");
		sampler.setDaemon(true);
	}

	/** Starts sampling the calling thread. */
	public static UiThreadSampler ofCurrentThread() {
		UiThreadSampler created = new UiThreadSampler(Thread.currentThread());
		created.sampler.start();
		return created;
	}

	private void sample() {
		while (running) {
			StackTraceElement[] stack = target.getStackTrace();
			Set<String> seen = new HashSet<>();
			for (StackTraceElement frame : stack) {
				String name = frame.getClassName() + "." + frame.getMethodName();
				if (seen.add(name) && !name.startsWith("org.junit") && !name.startsWith("java.")
						&& !name.startsWith("jdk.")) {
					synchronized (inclusive) {
						inclusive.merge(name, 1, Integer::sum);
					}
				}
			}
			synchronized (inclusive) {
				samples++;
				if (stack.length > 0) {
					self.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
				}
			}
			try {
				Thread.sleep(1);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** Stops and prints the {@code top} methods with their share of the samples. */
	public void print(String title, int top) {
		close();
		synchronized (inclusive) {
			System.out.println("benchmark: profile of " + title + " (" + samples + " samples, inclusive):");
			// frames on every sample (the launcher, the event loop) say nothing
			inclusive.entrySet().stream().filter(e -> e.getValue() < samples * 0.97)
					.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top).forEach(e -> System.out
							.printf("benchmark:   %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
			System.out.println("benchmark: top of the stack:");
			self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top / 2)
					.forEach(e -> System.out.printf("benchmark:   %5.1f %%  %s%n", 100.0 * e.getValue() / samples,
							e.getKey()));
		}
	}

	@Override
	public void close() {
		running = false;
		try {
			sampler.join(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
