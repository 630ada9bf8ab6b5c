// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;

/**
 * After an adjustment the loop is checked again: the as-found steps are repeated as as-left steps beside them, so the
 * as-found values (the drift history) are never overwritten.
 */
public final class AsLeft {

	private AsLeft() {
	}

	/** Adds pending as-left copies of the check's as-found steps; the next run fills them. */
	public static int request(Check check) {
		if (check.getKind() != CheckKind.LOOP) {
			throw new IllegalArgumentException(check.getId() + " is not a loop check: only loops have as-left steps");
		}
		if (check.getSteps().stream()
				.anyMatch(s -> s.getPhase() == Phase.AS_LEFT && s.getVerdict() == Verdict.PENDING)) {
			return 0; // asked for already: the next run fills the pending as-left steps
		}
		int added = 0;
		for (Step step : java.util.List.copyOf(check.getSteps())) {
			if (step.getPhase() == Phase.AS_FOUND) {
				Step again = EcoreUtil.copy(step);
				again.getEvidence().clear();
				again.setPhase(Phase.AS_LEFT);
				again.setVerdict(Verdict.PENDING);
				again.setObserved(null);
				again.setNote(null);
				check.getSteps().add(again);
				added++;
			}
		}
		check.setState(CheckState.IN_PROGRESS);
		return added;
	}
}
