// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

/**
 * The keep-alive and lifetime counts a subscription asks for, in publishing intervals. Milo's
 * {@code OpcUaSubscription(client, interval)} keeps counts computed for its 1 s default interval (10 and 50), so at
 * our 250 ms the server dropped the subscription after 12.5 s without a Publish request, and a cut of 15 s left the
 * reactivated session without it. OPC UA Part 4 (CreateSubscription) asks for a lifetime of at least three
 * keep-alives; ours lasts as long as the session would (unless told otherwise), so a subscription never dies while its
 * session lives on.
 *
 * @param maxKeepAliveCount publishing intervals without notification before the server sends a keep-alive
 * @param lifetimeCount     publishing intervals without a Publish request before the server deletes the subscription
 */
public record SubscriptionCounts(long maxKeepAliveCount, long lifetimeCount) {
	/** A keep-alive about every 5 s when nothing changes: a dead subscription is noticed well within the lifetime. */
	static final double KEEP_ALIVE_MS = 5_000;

	/** @param lifetimeMs how long the subscription should outlive its last Publish request (the session timeout) */
	public static SubscriptionCounts of(double publishingIntervalMs, double lifetimeMs) {
		double interval = Math.max(1, publishingIntervalMs);
		long keepAlive = Math.max(1, (long) Math.ceil(KEEP_ALIVE_MS / interval));
		long lifetime = Math.max(3 * keepAlive, (long) Math.ceil(lifetimeMs / interval));
		return new SubscriptionCounts(keepAlive, Math.min(lifetime, 0xFFFF_FFFFL));
	}
}
