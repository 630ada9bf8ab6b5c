// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The back-off of the retries a session's outage calls for (recreating a lost subscription, creating items whose
 * creation failed as a whole) and the timer they wait on: 1 s, 2 s, 4 s ... at most 30 s apart.
 */
final class RetryTimer {
	static final long FIRST_RETRY_MS = 1_000;
	static final long LAST_RETRY_MS = 30_000;
	// only waits: the attempts run on virtual threads of their own. Its one (virtual) thread ends when idle
	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private RetryTimer() {
	}

	/** The wait before the attempt that follows {@code failures} failed ones in a row. */
	static long backOffMs(int failures) {
		return Math.min(LAST_RETRY_MS, FIRST_RETRY_MS << Math.min(failures, 5));
	}

	/** Starts {@code attempt} on a virtual thread named {@code threadName} after {@code delayMs}. */
	static ScheduledFuture<?> schedule(String threadName, long delayMs, Runnable attempt) {
		return TIMER.schedule(() -> Thread.ofVirtual().name(threadName).start(attempt), delayMs, TimeUnit.MILLISECONDS);
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
				Thread.ofVirtual().name("twinworks-retry-timer").factory());
		timer.setKeepAliveTime(10, TimeUnit.SECONDS);
		timer.allowCoreThreadTimeOut(true);
		timer.setRemoveOnCancelPolicy(true);
		return timer;
	}
}
