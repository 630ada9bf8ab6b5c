// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One listener's backlog between two calls: bounded, oldest changes dropped first. */
final class CoalescingDelivery {
	private static final Logger LOG = LoggerFactory.getLogger(CoalescingDelivery.class);

	private final ValueListener listener;
	private final int capacity;
	private final AtomicLong dropped;
	private ArrayDeque<ValueChange> pending = new ArrayDeque<>();
	private boolean cleared;

	CoalescingDelivery(ValueListener listener, int capacity, AtomicLong dropped) {
		this.listener = listener;
		this.capacity = capacity;
		this.dropped = dropped;
	}

	synchronized void add(ValueChange change) {
		if (pending.size() == capacity) {
			pending.removeFirst();
			dropped.incrementAndGet();
		}
		pending.addLast(change);
	}

	/** Changes before a clear are void: the listener hears of the clear, then only of what came after. */
	synchronized void clear() {
		pending = new ArrayDeque<>();
		cleared = true;
	}

	/** The changes of a forgotten signal not yet delivered are void. */
	synchronized void forget(org.twinworks.model.Signal signal) {
		pending.removeIf(change -> change.signal() == signal);
	}

	void flush() {
		List<ValueChange> batch;
		boolean wasCleared;
		synchronized (this) {
			if (pending.isEmpty() && !cleared) {
				return;
			}
			batch = new ArrayList<>(pending);
			pending = new ArrayDeque<>();
			wasCleared = cleared;
			cleared = false;
		}
		try {
			if (wasCleared) {
				listener.storeCleared();
			}
			if (batch.isEmpty()) {
				return;
			}
			listener.valuesChanged(List.copyOf(batch));
		} catch (RuntimeException e) {
			// one faulty listener must not stop the deliveries of the others
			LOG.error("a value listener failed", e);
		}
	}
}
