// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import org.twinworks.commissioning.record.Check;

/**
 * How the checklist counts and filters a check: what is left to do matters more on site than the engine's finer
 * states, so not started, in progress and skipped are all pending.
 */
public enum ChecklistState {
	PASSED("Passed"), FAILED("Failed"), PENDING("Pending"), BLOCKED("Blocked"), OBSOLETE("Obsolete");

	private final String label;

	ChecklistState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static ChecklistState of(Check check) {
		if (check.isObsolete()) {
			return OBSOLETE;
		}
		return switch (check.getState()) {
		case PASSED -> PASSED;
		case FAILED -> FAILED;
		case BLOCKED -> BLOCKED;
		default -> PENDING;
		};
	}
}
