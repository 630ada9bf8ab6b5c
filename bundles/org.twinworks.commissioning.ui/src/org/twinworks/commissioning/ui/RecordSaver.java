// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.jspecify.annotations.Nullable;
import org.twinworks.core.persistence.AtomicFileWriter;

/**
 * Saves a record after a change without making the UI thread wait for the disk: the record is turned into bytes on
 * the UI thread a frame after the change (so what changed is painted first), and one background thread writes them
 * atomically, in order. A burst of changes is saved once, with its last state; the bytes are taken at most about every
 * ten times their own cost, so a large record saved during a run keeps the UI thread mostly free. {@link #flush()}
 * writes what is pending and waits (editor closed, workbench shutting down).
 */
final class RecordSaver implements AutoCloseable {
	/** What to save: the record's bytes as it is now (UI thread), or null when there is nothing to save. */
	@FunctionalInterface
	interface Snapshot {
		byte @Nullable [] bytes() throws IOException;
	}

	private static final long AFTER_THE_FRAME_MS = 20;
	private static final int COST_FACTOR = 10;
	private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(60);

	private final Path file;
	private final Display display;
	private final Snapshot snapshot;
	private final Consumer<@Nullable IOException> outcome;
	private final AtomicReference<byte @Nullable []> pending = new AtomicReference<>();
	/** Write tasks queued or running: a change is on disk only when this is back to zero. */
	private final AtomicInteger unwritten = new AtomicInteger();
	private final ExecutorService writer;
	private final Runnable takeSnapshot = this::takeSnapshot;
	private boolean scheduled;
	private long notBefore;
	private volatile long writes;
	private boolean closed;

	/**
	 * @param outcome told after every write, on the writer's thread: null when it succeeded, the failure otherwise
	 */
	RecordSaver(Path file, Display display, Snapshot snapshot, Consumer<@Nullable IOException> outcome) {
		this.file = file;
		this.display = display;
		this.snapshot = snapshot;
		this.outcome = outcome;
		this.writer = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Commissioning record saver: " + file.getFileName());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Something changed (UI thread): the record is saved soon, after the change is painted. */
	void request() {
		if (closed) {
			// a run that ends after its editor closed: saved at once, as before there was a saver
			takeSnapshot();
			writeNewest();
			return;
		}
		if (scheduled) {
			return;
		}
		scheduled = true;
		long waitMs = Math.max(AFTER_THE_FRAME_MS, (notBefore - System.nanoTime()) / 1_000_000);
		display.timerExec((int) Math.min(waitMs, Integer.MAX_VALUE), takeSnapshot);
	}

	/** True while a change is not yet on disk. */
	boolean busy() {
		return scheduled || unwritten.get() > 0;
	}

	/** Records written since this saver was made. */
	long writes() {
		return writes;
	}

	private void takeSnapshot() {
		scheduled = false;
		long start = System.nanoTime();
		byte[] bytes;
		try {
			bytes = snapshot.bytes();
		} catch (IOException e) {
			outcome.accept(e);
			return;
		}
		long cost = System.nanoTime() - start;
		notBefore = start + COST_FACTOR * cost;
		if (bytes != null && pending.getAndSet(bytes) == null && !closed) {
			// the writer takes the newest bytes when it runs: a state that was overtaken is never written
			unwritten.incrementAndGet();
			writer.execute(() -> {
				try {
					writeNewest();
				} finally {
					unwritten.decrementAndGet();
				}
			});
		}
	}

	private void writeNewest() {
		byte[] bytes = pending.getAndSet(null);
		if (bytes == null) {
			return;
		}
		try {
			AtomicFileWriter.write(file, out -> out.write(bytes));
			writes++;
			outcome.accept(null);
		} catch (IOException e) {
			outcome.accept(e);
		}
	}

	/**
	 * Saves what is pending now and waits until it is on disk (UI thread). Returns at once when nothing is pending.
	 *
	 * @throws IOException when the writer did not finish in time
	 */
	void flush() throws IOException {
		if (closed) {
			return;
		}
		if (scheduled) {
			display.timerExec(-1, takeSnapshot);
			takeSnapshot();
		}
		try {
			writer.submit(() -> {
			}).get(FLUSH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException | TimeoutException e) {
			throw new IOException("the record " + file + " was not written within " + FLUSH_TIMEOUT.toSeconds() + " s",
					e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the record " + file + " was written", e);
		}
	}

	/** Flushes, then stops the writer thread. */
	@Override
	public void close() throws IOException {
		try {
			flush();
		} finally {
			closed = true;
			writer.shutdown();
		}
	}
}
