// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueListener;
import org.twinworks.model.Signal;

/**
 * Carries a model's changes from the store's delivery thread and Milo's threads to the UI thread: changes
 * accumulate here and at most one {@code asyncExec} is outstanding, so the UI gets one batch per frame however
 * many values arrive (never one runnable per value).
 */
final class UiPump implements ValueListener {
	/**
	 * A 60 Hz frame. A batch that arrives sooner after the previous one (the store's delivery raced a slow batch)
	 * waits for the rest of the frame, so the UI never gets two batches in one frame.
	 */
	private static final long FRAME_NANOS = 16_666_667L;
	private final Display display;
	private final List<LiveModelListener> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong deliveries = new AtomicLong();
	// wall time the UI thread spent in our batches: what the benchmark holds against the 30 % budget
	private final AtomicLong deliveryNanos = new AtomicLong();
	private Set<Signal> pending = new HashSet<>();
	private boolean connectionChanged;
	private boolean tick;
	private boolean scheduled;
	// UI thread only (read by benchmarks during a batch)
	private volatile long lastDelivery = System.nanoTime() - FRAME_NANOS;
	private volatile boolean closed;

	UiPump(Display display) {
		this.display = display;
	}

	void addListener(LiveModelListener listener) {
		listeners.add(listener);
	}

	void removeListener(LiveModelListener listener) {
		listeners.remove(listener);
	}

	long deliveries() {
		return deliveries.get();
	}

	/** System.nanoTime() when the latest batch began. */
	long lastDeliveryStart() {
		return lastDelivery;
	}

	long deliveryNanos() {
		return deliveryNanos.get();
	}

	@Override
	public void valuesChanged(List<ValueChange> batch) {
		synchronized (this) {
			for (ValueChange change : batch) {
				pending.add(change.signal());
			}
		}
		schedule();
	}

	@Override
	public void storeCleared() {
		connectionChanged();
	}

	void connectionChanged() {
		synchronized (this) {
			connectionChanged = true;
		}
		schedule();
	}

	void tick() {
		synchronized (this) {
			tick = true;
		}
		schedule();
	}

	void close() {
		closed = true;
		listeners.clear();
	}

	private void schedule() {
		synchronized (this) {
			if (scheduled || closed) {
				return;
			}
			scheduled = true;
		}
		if (!display.isDisposed()) {
			display.asyncExec(this::deliver);
		}
	}

	private void deliver() {
		long sincePrevious = System.nanoTime() - lastDelivery;
		if (sincePrevious < FRAME_NANOS && !closed && !display.isDisposed()) {
			// still scheduled, so no other asyncExec is queued meanwhile; the changes keep accumulating
			display.timerExec((int) Math.max(1, (FRAME_NANOS - sincePrevious + 999_999) / 1_000_000), this::deliver);
			return;
		}
		LiveUpdate update;
		synchronized (this) {
			scheduled = false;
			update = new LiveUpdate(Set.copyOf(pending), connectionChanged, tick);
			pending = new HashSet<>();
			connectionChanged = false;
			tick = false;
		}
		if (closed) {
			return;
		}
		deliveries.incrementAndGet();
		long start = System.nanoTime();
		lastDelivery = start;
		for (LiveModelListener listener : listeners) {
			listener.liveChanged(update);
		}
		deliveryNanos.addAndGet(System.nanoTime() - start);
	}
}
