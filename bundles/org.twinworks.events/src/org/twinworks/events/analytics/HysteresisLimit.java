// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

/**
 * One alarm limit with hysteresis, as a DCS annunciates it: a high limit becomes active when the value reaches it
 * and clears only when the value falls below limit − hysteresis (a low limit mirrors it), so noise on the limit
 * does not annunciate over and over. Not thread-safe.
 */
public final class HysteresisLimit {
	private final boolean high;
	private final double limit;
	private final double hysteresis;
	private boolean active;

	public HysteresisLimit(boolean high, double limit, double hysteresis) {
		if (!(hysteresis >= 0)) {
			throw new IllegalArgumentException("hysteresis must be 0 or more, not " + hysteresis);
		}
		this.high = high;
		this.limit = limit;
		this.hysteresis = hysteresis;
	}

	/** Takes a new value (NaN is ignored); true when the alarm has just become active. */
	public boolean update(double x) {
		if (Double.isNaN(x)) {
			return false;
		}
		boolean beyond = high ? x >= limit : x <= limit;
		boolean clear = high ? x < limit - hysteresis : x > limit + hysteresis;
		if (!active && beyond) {
			active = true;
			return true;
		}
		if (active && clear) {
			active = false;
		}
		return false;
	}

	public boolean isActive() {
		return active;
	}

	/** A high limit (active at or above it), else a low one (at or below). */
	public boolean isHigh() {
		return high;
	}

	public double limit() {
		return limit;
	}

	public double hysteresis() {
		return hysteresis;
	}
}
