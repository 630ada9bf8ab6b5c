// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import org.eclipse.swt.widgets.Control;

/**
 * Turns a stream of campaign changes (a check finishing every few hundred milliseconds during a run) into few regroups
 * of the checklist: the first change is shown after {@link #MIN_DELAY_MS}, and the next regroup waits at least ten
 * times what the last one cost, so the list follows a run without keeping the UI thread busy.
 */
final class ChecklistRefresh {
	static final int MIN_DELAY_MS = 100;
	private static final int COST_FACTOR = 10;

	private final Control control;
	private final Runnable regroup;
	private final Runnable run = this::run;
	private boolean scheduled;
	private long notBefore;

	ChecklistRefresh(Control control, Runnable regroup) {
		this.control = control;
		this.regroup = regroup;
	}

	/** The campaign changed: regroup soon, once for the whole burst. */
	void request() {
		if (scheduled || control.isDisposed()) {
			return;
		}
		scheduled = true;
		long waitMs = Math.max(MIN_DELAY_MS, (notBefore - System.nanoTime()) / 1_000_000);
		control.getDisplay().timerExec((int) Math.min(waitMs, Integer.MAX_VALUE), run);
	}

	/** A regroup happened for another reason (a new filter, another campaign): nothing is pending any more. */
	void done() {
		if (scheduled && !control.isDisposed()) {
			control.getDisplay().timerExec(-1, run);
		}
		scheduled = false;
	}

	private void run() {
		scheduled = false;
		if (control.isDisposed()) {
			return;
		}
		long start = System.nanoTime();
		regroup.run();
		notBefore = start + COST_FACTOR * (System.nanoTime() - start);
	}
}
