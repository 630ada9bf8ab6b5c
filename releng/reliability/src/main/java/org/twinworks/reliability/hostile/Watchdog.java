// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each input on a worker thread and waits at most the limit: a parser that takes longer is a hang, and its
 * worker is abandoned (Java can no longer stop a thread; it is a daemon and is interrupted) and replaced.
 */
final class Watchdog implements AutoCloseable {
	private final long limitNanos;
	private ExecutorService worker;
	private int generation;

	Watchdog(long limitMillis) {
		this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
		this.worker = newWorker();
	}

	/** How many workers were started: the folder each writes its inputs in is its own. */
	int generation() {
		return generation;
	}

	Outcome run(Parser parser, Path file) throws InterruptedException {
		Future<Outcome> result = worker.submit(() -> {
			try {
				return parser.read(file);
			} catch (Throwable thrown) {
				return Classifier.classify(parser, file, thrown);
			}
		});
		try {
			return result.get(limitNanos, TimeUnit.NANOSECONDS);
		} catch (TimeoutException e) {
			result.cancel(true);
			worker.shutdownNow();
			worker = newWorker();
			return new Outcome(Outcome.Kind.HANG, "hang", null);
		} catch (ExecutionException e) {
			return Classifier.classify(parser, file, e.getCause());
		}
	}

	private ExecutorService newWorker() {
		generation++;
		String name = "hostile-files-worker-" + generation;
		return Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}
}
