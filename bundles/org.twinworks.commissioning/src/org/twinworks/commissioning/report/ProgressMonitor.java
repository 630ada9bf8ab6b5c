// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

/**
 * Progress of a report being written, and the way to cancel it. The workbench adapts it to its own progress; a
 * cancelled report throws {@link java.util.concurrent.CancellationException} and leaves no output file.
 */
public interface ProgressMonitor {

	/** Reports nothing and is never cancelled. */
	ProgressMonitor NONE = new ProgressMonitor() {
		@Override
		public void begin(String task, int total) {
		}

		@Override
		public void worked(int done) {
		}

		@Override
		public boolean cancelled() {
			return false;
		}
	};

	/** Called once, before any work: {@code total} units follow (one a check, plus one for the cover). */
	void begin(String task, int total);

	/** {@code done} units of the total are done so far (a running count, not an increment). */
	void worked(int done);

	/** Asked between checks: true stops the report. */
	boolean cancelled();
}
