// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.time.Instant;

/** One point of both curves: what the shadow expected and what the plant measured, at a time of the data. */
public record ShadowSample(Instant time, double expected, double actual) {

	public double deviation() {
		return actual - expected;
	}
}
