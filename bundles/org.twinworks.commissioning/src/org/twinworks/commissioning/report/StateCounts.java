// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import org.twinworks.commissioning.record.Check;

/** How many checks of one area or kind are passed, failed, pending (not started or in progress)... */
final class StateCounts {
	static final String[] HEADERS = {"total", "passed", "failed", "pending", "skipped", "blocked", "obsolete"};

	private final String label;
	private int passed;
	private int failed;
	private int pending;
	private int skipped;
	private int blocked;
	private int obsolete;

	StateCounts(String label) {
		this.label = label;
	}

	void add(Check check) {
		if (check.isObsolete()) {
			obsolete++;
			return;
		}
		switch (check.getState()) {
		case PASSED -> passed++;
		case FAILED -> failed++;
		case SKIPPED -> skipped++;
		case BLOCKED -> blocked++;
		case NOT_STARTED, IN_PROGRESS -> pending++;
		}
	}

	String label() {
		return label;
	}

	int total() {
		return passed + failed + pending + skipped + blocked + obsolete;
	}

	int failed() {
		return failed;
	}

	/** In the order of {@link #HEADERS}. */
	int[] values() {
		return new int[]{total(), passed, failed, pending, skipped, blocked, obsolete};
	}
}
