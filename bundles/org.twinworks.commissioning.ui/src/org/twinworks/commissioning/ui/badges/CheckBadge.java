// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.swt.graphics.RGB;
import org.twinworks.commissioning.record.CheckState;

/**
 * The four states a badge tells apart, worst first: one failed check makes its equipment red. Skipped counts as not
 * started (nothing was proven) and blocked as in progress (someone is on it), so no badge claims more than was done.
 */
public enum CheckBadge {
	FAILED("failed", new RGB(200, 30, 30)), //
	IN_PROGRESS("in progress", new RGB(230, 150, 0)), //
	NOT_STARTED("not started", new RGB(150, 150, 150)), //
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
		case IN_PROGRESS, BLOCKED -> IN_PROGRESS;
		case NOT_STARTED, SKIPPED -> NOT_STARTED;
		case PASSED -> PASSED;
		};
	}

	/** The worse of two: failed over in progress over not started over passed. */
	public CheckBadge worse(CheckBadge other) {
		return other.ordinal() < ordinal() ? other : this;
	}
}
