// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.EnumMap;
import java.util.Map;

import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;

/** Checks counted per checklist state and per kind; obsolete checks count only as obsolete. */
public final class ChecklistCounts {
	private final Map<ChecklistState, Integer> states = new EnumMap<>(ChecklistState.class);
	private final Map<CheckKind, Integer> kinds = new EnumMap<>(CheckKind.class);
	private int total;

	void add(Check check) {
		add(check, ChecklistState.of(check));
	}

	void add(Check check, ChecklistState state) {
		states.merge(state, 1, Integer::sum);
		if (state != ChecklistState.OBSOLETE) {
			kinds.merge(check.getKind(), 1, Integer::sum);
			total++;
		}
	}

	public static ChecklistCounts of(Iterable<Check> checks) {
		ChecklistCounts counts = new ChecklistCounts();
		checks.forEach(counts::add);
		return counts;
	}

	public int of(ChecklistState state) {
		return states.getOrDefault(state, 0);
	}

	public int of(CheckKind kind) {
		return kinds.getOrDefault(kind, 0);
	}

	/** Checks that are not obsolete. */
	public int total() {
		return total;
	}

	/** The worst state among them: failed, then blocked, then pending, then passed. */
	public ChecklistState worst() {
		for (ChecklistState state : new ChecklistState[]{ChecklistState.FAILED, ChecklistState.BLOCKED,
				ChecklistState.PENDING, ChecklistState.PASSED}) {
			if (of(state) > 0) {
				return state;
			}
		}
		return ChecklistState.OBSOLETE;
	}

	/** "12 passed · 1 failed · 40 pending · 2 blocked", and the obsolete ones when there are any. */
	public String summary() {
		String text = of(ChecklistState.PASSED) + " passed · " + of(ChecklistState.FAILED) + " failed · "
				+ of(ChecklistState.PENDING) + " pending · " + of(ChecklistState.BLOCKED) + " blocked";
		int obsolete = of(ChecklistState.OBSOLETE);
		return obsolete == 0 ? text : text + " · " + obsolete + " obsolete";
	}
}
