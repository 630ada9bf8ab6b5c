// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets by hand (UTC): recorders, stores and engines given it see the data time the test writes, not
 * the machine's. Volatile, because the code under test often reads it on its own thread.
 */
public final class SettableClock extends Clock {
	private volatile Instant now;

	public SettableClock(Instant start) {
		this.now = start;
	}

	public void set(Instant time) {
		this.now = time;
	}

	public void advance(Duration by) {
		this.now = now.plus(by);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}
}
