// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.SignalValue;

/**
 * Creates a subscription and its items anew on the session when the server no longer has it; the new items send
 * their current values, so the store gets every value again. Milo does so itself only after a failed transfer (a
 * new session); a session that came back keeps a subscription the server may have deleted meanwhile.
 * <p>
 * A recreation the server refuses is tried again after 1 s, 2 s, 4 s ... at most 30 s apart, while the session is
 * active (again as soon as it is back) and until the subscription is closed; meanwhile every item that had a value
 * shows Bad_NoSubscription, since the session being connected would otherwise leave its old value looking current.
 */
final class Resubscriber implements OpcUaSubscription.SubscriptionListener, SessionActivityListener {
	private static final Logger LOG = LoggerFactory.getLogger(Resubscriber.class);
	// how long a Bad_Timeout of a lost subscription may take to arrive after the session came back
	private static final long REPORT_GRACE_MS = 3_000;

	private final OpcUaClient client;
	// one recreation at a time; a request that arrives meanwhile replaces the next one waiting
	private final ReentrantLock attempting = new ReentrantLock();
	// the id we last created on the server; Milo may reset a subscription we recreated already (the lost one's
	// Bad_Timeout delivered late), which leaves that one on the server with nobody to acknowledge it
	private volatile @Nullable UInteger created;
	// guarded by this: the attempt to run next (kept while the session is away), its timer, and what stops them
	private @Nullable Attempt next;
	private @Nullable ScheduledFuture<?> timer;
	private boolean sessionActive = true;
	private boolean closed;
	// guarded by this: the items show Bad_NoSubscription since a failed attempt, until one succeeds
	private boolean shownLost;

	Resubscriber(OpcUaClient client) {
		this.client = client;
	}

	void created(OpcUaSubscription subscription) {
		created = subscription.getSubscriptionId().orElse(null);
	}

	/** Milo tried to transfer the subscription to a new session and failed; it has reset it. */
	@Override
	public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
		request(new Attempt(subscription, Optional.empty(),
				"subscription transfer failed (" + MiloValues.statusName(status.getValue()) + ")", 1, 0));
	}

	/** The server ended the subscription, its lifetime ran out (Bad_Timeout); Milo has reset it. */
	@Override
	public void onStatusChanged(OpcUaSubscription subscription, StatusCode status) {
		if (status.getValue() == StatusCodes.Bad_Timeout) {
			request(new Attempt(subscription, Optional.empty(), "the server ended the subscription (Bad_Timeout)", 1,
					0));
		}
	}

	/**
	 * Recreates {@code subscription}, whose id the server no longer knows, unless Milo reports its end meanwhile.
	 * The server answers the first Publish after a reactivation with the lost subscription's Bad_Timeout, if it
	 * still holds it; Milo then resets the subscription on its own thread, and a reset in the middle of our
	 * recreation left the items marked created on the old subscription, so the new one got none and nothing flowed.
	 * Nothing to do when a recreation waits already: it covers this loss too.
	 */
	void recreateUnlessReported(OpcUaSubscription subscription, UInteger lostId, String reason) {
		synchronized (this) {
			if (next != null) {
				return;
			}
		}
		request(new Attempt(subscription, Optional.of(lostId), reason, 1, REPORT_GRACE_MS));
	}

	@Override
	public synchronized void onSessionInactive(UaSession session) {
		// a service call now would only wait for the session or fail: the next attempt waits for its return
		sessionActive = false;
		cancelTimer();
	}

	@Override
	public synchronized void onSessionActive(UaSession session) {
		sessionActive = true;
		if (next != null && !closed) {
			// Milo transfers to a new session only the subscriptions it holds, and a reset one is not among them
			schedule(next, Math.min(next.delayMs(), REPORT_GRACE_MS));
		}
	}

	/**
	 * Runs {@code work} while no recreation runs, and none starts meanwhile: items it creates on the subscription
	 * must not be created on one that a recreation then throws away, nor its own items taken for strangers.
	 */
	<T> T whileIdle(Supplier<T> work) {
		attempting.lock();
		try {
			return work.get();
		} finally {
			attempting.unlock();
		}
	}

	/** No recreation from now on; one running finishes, none follows. */
	void close() {
		synchronized (this) {
			closed = true;
			next = null;
			cancelTimer();
		}
		client.removeSessionActivityListener(this);
	}

	private synchronized void request(Attempt attempt) {
		if (closed) {
			return;
		}
		cancelTimer();
		next = attempt;
		if (sessionActive) {
			schedule(attempt, attempt.delayMs());
		}
	}

	private void schedule(Attempt attempt, long delayMs) {
		cancelTimer();
		timer = RetryTimer.schedule("twinworks-resubscribe", delayMs, () -> run(attempt));
	}

	private void cancelTimer() {
		if (timer != null) {
			timer.cancel(false);
			timer = null;
		}
	}

	/** Whether {@code attempt} is still the one to run, now that it may; it is then no longer waiting. */
	private synchronized boolean take(Attempt attempt) {
		if (closed || !sessionActive || next != attempt) {
			return false;
		}
		next = null;
		timer = null;
		return true;
	}

	private void run(Attempt attempt) {
		attempting.lock();
		try {
			OpcUaSubscription subscription = attempt.subscription();
			Optional<UInteger> id = subscription.getSubscriptionId();
			// empty: reset by Milo or by a failed attempt, so not recreated by anyone
			if (!take(attempt) || id.isPresent() && !id.equals(attempt.lostId())) {
				return;
			}
			recreate(attempt);
		} finally {
			attempting.unlock();
		}
	}

	private void recreate(Attempt attempt) {
		OpcUaSubscription subscription = attempt.subscription();
		if (attempt.number() == 1) {
			LOG.info("{}: recreating it with {} monitored items", attempt.reason(),
					subscription.getMonitoredItems().size());
		}
		UInteger previous = created;
		if (previous != null) {
			deleteQuietly(previous);
			created = null;
		}
		try {
			subscription.reset();
			subscription.create();
			created(subscription);
			StatusCode refused = serviceFailure(subscription.createMonitoredItems());
			if (refused != null) {
				throw new UaException(refused);
			}
		} catch (UaException e) {
			failed(attempt, e.getStatusCode());
			return;
		} catch (RuntimeException e) {
			// Milo's own surprises must not end the retries: that would leave the items dead, as before
			LOG.warn("recreating the subscription failed unexpectedly", e);
			failed(attempt, new StatusCode(StatusCodes.Bad_UnexpectedError));
			return;
		}
		synchronized (this) {
			shownLost = false;
		}
		if (attempt.number() > 1) {
			LOG.info("recreated the subscription at attempt {}", attempt.number());
		}
	}

	private void failed(Attempt attempt, StatusCode status) {
		OpcUaSubscription subscription = attempt.subscription();
		long delayMs = RetryTimer.backOffMs(attempt.number() - 1);
		LOG.warn("could not recreate the subscription (attempt {}): {}; trying again in {} s", attempt.number(),
				MiloValues.statusName(status.getValue()), delayMs / 1_000);
		boolean showLost;
		synchronized (this) {
			showLost = !shownLost;
			shownLost = true;
		}
		if (showLost) {
			SignalValue lost = MiloValues.bad(StatusCodes.Bad_NoSubscription, Instant.now());
			for (OpcUaMonitoredItem item : subscription.getMonitoredItems()) {
				item.getUserObject().filter(BoundItem.class::isInstance).map(BoundItem.class::cast)
						.ifPresent(bound -> bound.showLost(lost));
			}
		}
		Attempt retry = new Attempt(subscription, subscription.getSubscriptionId(), attempt.reason(),
				attempt.number() + 1, delayMs);
		synchronized (this) {
			// a request that came in meanwhile (Milo reset the subscription again) has the newer word
			if (next == null) {
				request(retry);
			}
		}
	}

	/** The first service-level failure of the items' creation (the session lost meanwhile...), or null. */
	private static @Nullable StatusCode serviceFailure(List<MonitoredItemServiceOperationResult> results) {
		return results.stream().map(MonitoredItemServiceOperationResult::serviceResult).filter(s -> !s.isGood())
				.findFirst().orElse(null);
	}

	private void deleteQuietly(UInteger id) {
		try {
			client.deleteSubscriptions(List.of(id));
		} catch (UaException e) {
			// already gone (Bad_SubscriptionIdInvalid): the usual case
		}
	}

	/**
	 * One recreation: of {@code subscription} while its id is still {@code lostId} or none, the {@code number}th
	 * for the same loss, {@code delayMs} after it was asked for.
	 */
	private record Attempt(OpcUaSubscription subscription, Optional<UInteger> lostId, String reason, int number,
			long delayMs) {
	}
}
