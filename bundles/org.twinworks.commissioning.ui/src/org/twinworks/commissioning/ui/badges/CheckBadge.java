// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.swt.graphics.RGB;
import org.twinworks.commissioning.record.CheckState;

/**
 * The states a badge tells apart, worst first: one failed check makes its equipment red, a blocked one (waiting on
 * something outside the check) comes next. Skipped ranks below not started and above passed: nothing was proven, but
 * nothing is left to do either.
 */
public enum CheckBadge {
	FAILED("failed", new RGB(200, 30, 30)), //
	BLOCKED("blocked", new RGB(219, 130, 20)), //
	IN_PROGRESS("in progress", new RGB(9, 105, 218)), //
	NOT_STARTED("not started", new RGB(150, 150, 150)), //
	SKIPPED("skipped", new RGB(110, 110, 110)), //
	PASSED("passed", new RGB(40, 150, 70));

	private final String label;
	private final RGB colour;

	CheckBadge(String label, RGB colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	public RGB colour() {
		return colour;
	}

	public static CheckBadge of(CheckState state) {
		return switch (state) {
		case FAILED -> FAILED;
		case BLOCKED -> BLOCKED;
		case IN_PROGRESS -> IN_PROGRESS;
		case NOT_STARTED -> NOT_STARTED;
		case SKIPPED -> SKIPPED;
		case PASSED -> PASSED;
		};
	}

	/** The worse of two, in the order above. */
	public CheckBadge worse(CheckBadge other) {
		return other.ordinal() < ordinal() ? other : this;
	}
}
