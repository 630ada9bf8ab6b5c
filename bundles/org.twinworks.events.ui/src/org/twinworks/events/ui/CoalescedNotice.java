// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.swt.widgets.Display;

/**
 * Tells listeners on the UI thread that something changed, from any thread, with at most one asyncExec pending: a
 * flood of frames between two UI batches is one notice, not one runnable per frame.
 */
public final class CoalescedNotice {
	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final AtomicBoolean scheduled = new AtomicBoolean();

	public CoalescedNotice(Display display) {
		this.display = display;
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Any thread: the listeners will hear of it once, after whatever else is pending. */
	public void changed() {
		if (display.isDisposed() || !scheduled.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			// cleared first: a change made while the listeners run is told again
			scheduled.set(false);
			listeners.forEach(Runnable::run);
		});
	}
}
