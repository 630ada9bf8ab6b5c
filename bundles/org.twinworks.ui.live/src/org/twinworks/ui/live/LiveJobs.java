// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;

/** The jobs of the live family (connect, close): what exit waits for before it stops the servers. */
final class LiveJobs {

	private LiveJobs() {
	}

	/**
	 * Cancels connects still under way (one may wait for a trust answer the UI cannot give while exit waits) and
	 * waits, at most {@code limit}, for the family's jobs to end; closing jobs are left to finish.
	 */
	static void awaitClosing(Duration limit) {
		for (Job job : Job.getJobManager().find(LiveConnections.class)) {
			if (job instanceof ConnectJob) {
				job.cancel();
			}
		}
		long deadline = System.nanoTime() + limit.toNanos();
		while (running() > 0) {
			if (System.nanoTime() > deadline) {
				ILog.of(LiveJobs.class).warn(running() + " live connection jobs still running at exit");
				return;
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static int running() {
		return Job.getJobManager().find(LiveConnections.class).length;
	}
}
