// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

/** Pause, resume and cancel of a run, seen by every step at each of its waits. */
final class RunControl {
	private boolean paused;
	private volatile boolean cancelled;

	synchronized void pause() {
		paused = true;
	}

	synchronized void resume() {
		paused = false;
		notifyAll();
	}

	synchronized void cancel() {
		cancelled = true;
		notifyAll();
	}

	boolean cancelled() {
		return cancelled;
	}

	/** Blocks while paused; throws when cancelled. */
	synchronized void checkpoint() throws CancelledRun, InterruptedException {
		while (paused && !cancelled) {
			wait();
		}
		if (cancelled) {
			throw new CancelledRun();
		}
	}
}
