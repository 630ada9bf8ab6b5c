// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an attempt again after 1 s, 2 s, 4 s ... at most 30 s apart until it succeeds, while the session is active,
 * and soon after the session comes back: for monitored items whose creation failed as a whole (the request timed
 * out, the session was lost), which a service call during the outage would only fail again.
 */
final class CreationRetry implements SessionActivityListener {
	private static final Logger LOG = LoggerFactory.getLogger(CreationRetry.class);

	private final OpcUaClient client;
	// true when nothing is left to do
	private final BooleanSupplier attempt;
	// guarded by this: whether an attempt is due, its timer, the failed attempts in a row, and what stops them
	private boolean wanted;
	private @Nullable ScheduledFuture<?> timer;
	private int failures;
	private boolean sessionActive = true;
	private boolean closed;

	CreationRetry(OpcUaClient client, BooleanSupplier attempt) {
		this.client = client;
		this.attempt = attempt;
		client.addSessionActivityListener(this);
	}

	/** Something failed as a whole: try again after the back-off. */
	synchronized void request() {
		if (closed) {
			return;
		}
		wanted = true;
		if (sessionActive && timer == null) {
			schedule(RetryTimer.backOffMs(failures));
		}
	}

	@Override
	public synchronized void onSessionInactive(UaSession session) {
		sessionActive = false;
		cancelTimer();
	}

	@Override
	public synchronized void onSessionActive(UaSession session) {
		sessionActive = true;
		if (wanted && !closed) {
			// a moment for Milo's transfer or our Resubscriber, which may create the items with the subscription
			cancelTimer();
			schedule(RetryTimer.FIRST_RETRY_MS);
		}
	}

	/** No attempt from now on; one running finishes. */
	void close() {
		synchronized (this) {
			closed = true;
			wanted = false;
			cancelTimer();
		}
		client.removeSessionActivityListener(this);
	}

	private void schedule(long delayMs) {
		timer = RetryTimer.schedule("twinworks-create-items", delayMs, this::run);
	}

	private void cancelTimer() {
		if (timer != null) {
			timer.cancel(false);
			timer = null;
		}
	}

	private void run() {
		synchronized (this) {
			timer = null;
			if (closed || !sessionActive || !wanted) {
				return;
			}
			wanted = false;
		}
		boolean done;
		try {
			done = attempt.getAsBoolean();
		} catch (RuntimeException e) {
			// Milo's own surprises must not end the retries: that would leave the items refused for good
			LOG.warn("creating monitored items again failed unexpectedly", e);
			done = false;
		}
		synchronized (this) {
			if (done) {
				failures = 0;
			} else {
				failures++;
				request();
			}
		}
	}
}
