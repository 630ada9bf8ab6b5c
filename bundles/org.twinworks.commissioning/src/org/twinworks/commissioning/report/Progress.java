// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.util.concurrent.CancellationException;

/** Counts checks written, tells the monitor now and then, and stops the report when it is cancelled. */
final class Progress {
	private static final int REPORT_EVERY = 64;

	private final ProgressMonitor monitor;
	private final int total;
	private int done;

	Progress(ProgressMonitor monitor, String task, int checks) {
		this.monitor = monitor;
		this.total = checks + 1;
		monitor.begin(task, total);
		stopIfCancelled();
	}

	/** One more unit done; throws if the user cancelled. */
	void worked() {
		done++;
		if (done % REPORT_EVERY == 0 || done == total) {
			monitor.worked(done);
		}
		stopIfCancelled();
	}

	void stopIfCancelled() {
		if (monitor.cancelled()) {
			throw new CancellationException("report cancelled after " + done + " of " + total);
		}
	}

	void finished() {
		if (done < total) {
			done = total;
			monitor.worked(done);
		}
	}
}
