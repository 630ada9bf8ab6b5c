// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The operator's deliberate permission to write, for a limited time only: a forgotten armed session must not
 * stay writable. Disarmed until {@link #arm}; expires by itself.
 */
public final class WriteArming {
	private final Clock clock;
	private Instant expiry;

	public WriteArming() {
		this(Clock.systemUTC());
	}

	public WriteArming(Clock clock) {
		this.clock = clock;
	}

	/** Armed for {@code duration} from now, replacing any earlier arming. */
	public synchronized void arm(Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("arming needs a positive duration");
		}
		expiry = clock.instant().plus(duration);
	}

	public synchronized void disarm() {
		expiry = null;
	}

	/** Time left; zero when disarmed or expired. */
	public synchronized Duration remaining() {
		if (expiry == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(clock.instant(), expiry);
		return left.isNegative() ? Duration.ZERO : left;
	}

	public boolean isArmed() {
		return !remaining().isZero();
	}

	/** Whether it was armed once and ran out, as opposed to never armed or disarmed. */
	synchronized boolean hasExpired() {
		return expiry != null && !clock.instant().isBefore(expiry);
	}
}
