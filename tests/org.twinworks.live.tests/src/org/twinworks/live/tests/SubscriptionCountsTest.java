// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.twinworks.live.internal.SubscriptionCounts;

/**
 * The counts a subscription asks for. Milo's own (10 and 50, computed for its 1 s default interval) let the server
 * drop our 250 ms subscription after 12.5 s, so a 15 s cut left every item dead.
 */
class SubscriptionCountsTest {
	@Test
	void theLifetimeLastsAsLongAsTheSession() {
		SubscriptionCounts counts = SubscriptionCounts.of(250, 120_000);
		assertEquals(20, counts.maxKeepAliveCount(), "a keep-alive every 5 s");
		assertEquals(480, counts.lifetimeCount(), "480 x 250 ms = the 120 s session timeout");
	}

	@Test
	void theLifetimeIsAtLeastThreeKeepAlivesAsPartFourAsks() {
		SubscriptionCounts counts = SubscriptionCounts.of(1_000, 2_000);
		assertEquals(5, counts.maxKeepAliveCount());
		assertEquals(15, counts.lifetimeCount());
	}

	@Test
	void slowPublishingStillSendsAKeepAliveEveryInterval() {
		SubscriptionCounts counts = SubscriptionCounts.of(60_000, 120_000);
		assertEquals(1, counts.maxKeepAliveCount());
		assertEquals(3, counts.lifetimeCount());
	}
}
