// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

/** What a shadow compares. */
public enum ShadowKind {
	/** A tank's level against the mass balance of the pumps that fill and empty it. */
	TANK,
	/** A loop's measurement against its response to the setpoint (Auto) or to the output (Manual). */
	LOOP,
	/** An analog feedback (valve position, drive speed) against its reference, after its travel time. */
	FEEDBACK
}
