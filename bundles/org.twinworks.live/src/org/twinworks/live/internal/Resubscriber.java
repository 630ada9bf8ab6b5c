// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a subscription and its items anew on the session when the server no longer has it; the new items send
 * their current values, so the store gets every value again. Milo does so itself only after a failed transfer (a
 * new session); a session that came back keeps a subscription the server may have deleted meanwhile.
 */
final class Resubscriber implements OpcUaSubscription.SubscriptionListener {
	private static final Logger LOG = LoggerFactory.getLogger(Resubscriber.class);
	// how long a Bad_Timeout of a lost subscription may take to arrive after the session came back
	private static final long REPORT_GRACE_MS = 3_000;

	private final OpcUaClient client;
	// the id we last created on the server; Milo may reset a subscription we recreated already (the lost one's
	// Bad_Timeout delivered late), which leaves that one on the server with nobody to acknowledge it
	private UInteger created;

	Resubscriber(OpcUaClient client) {
		this.client = client;
	}

	synchronized void created(OpcUaSubscription subscription) {
		created = subscription.getSubscriptionId().orElse(null);
	}

	/** Milo tried to transfer the subscription to a new session and failed; it has reset it. */
	@Override
	public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
		recreate(subscription, Optional.empty(),
				"subscription transfer failed (" + MiloValues.statusName(status.getValue()) + ")");
	}

	/** The server ended the subscription, its lifetime ran out (Bad_Timeout); Milo has reset it. */
	@Override
	public void onStatusChanged(OpcUaSubscription subscription, StatusCode status) {
		if (status.getValue() == StatusCodes.Bad_Timeout) {
			recreate(subscription, Optional.empty(), "the server ended the subscription (Bad_Timeout)");
		}
	}

	/**
	 * Recreates {@code subscription} in the background unless its id is no longer {@code lostId} (recreated
	 * meanwhile; empty: Milo has reset it).
	 */
	void recreate(OpcUaSubscription subscription, Optional<UInteger> lostId, String reason) {
		Thread.ofVirtual().name("twinworks-resubscribe").start(() -> recreateNow(subscription, lostId, reason));
	}

	/**
	 * Recreates {@code subscription}, whose id the server no longer knows, unless Milo reports its end meanwhile.
	 * The server answers the first Publish after a reactivation with the lost subscription's Bad_Timeout, if it
	 * still holds it; Milo then resets the subscription on its own thread, and a reset in the middle of our
	 * recreation left the items marked created on the old subscription, so the new one got none and nothing flowed.
	 */
	void recreateUnlessReported(OpcUaSubscription subscription, UInteger lostId, String reason) {
		Thread.ofVirtual().name("twinworks-resubscribe").start(() -> {
			try {
				Thread.sleep(REPORT_GRACE_MS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			recreateNow(subscription, Optional.of(lostId), reason);
		});
	}

	private synchronized void recreateNow(OpcUaSubscription subscription, Optional<UInteger> lostId, String reason) {
		if (!subscription.getSubscriptionId().equals(lostId)) {
			return;
		}
		LOG.info("{}: recreating it with {} monitored items", reason, subscription.getMonitoredItems().size());
		if (created != null) {
			deleteQuietly(created);
		}
		try {
			subscription.reset();
			subscription.create();
			created(subscription);
			subscription.createMonitoredItems();
		} catch (UaException e) {
			LOG.warn("could not recreate the subscription after a reconnect: {}", e.getMessage());
		}
	}

	private void deleteQuietly(UInteger id) {
		try {
			client.deleteSubscriptions(List.of(id));
		} catch (UaException e) {
			// already gone (Bad_SubscriptionIdInvalid): the usual case
		}
	}
}
