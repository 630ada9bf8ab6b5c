// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.dynamics;

/** How fast the virtual plant's signals settle, in seconds: one place, so the shadow expects what the plant does. */
public final class TimeConstants {
	/** A loop's measurement settling on its setpoint in Auto. */
	public static final double LOOP = 8;
	/** The open process answering its final element in Manual (faster than the tuned loop: loop checks stay short). */
	public static final double MANUAL_LOOP = 3;
	/** An analog feedback (valve position, drive speed) following its reference. */
	public static final double FOLLOW = 2;
	/** A free measurement wandering back to its nominal value. */
	public static final double WANDER = 20;
	/** A machine that stops drops its current and power at once, not over minutes. */
	public static final double STOPPING = 1;

	private TimeConstants() {
	}
}
