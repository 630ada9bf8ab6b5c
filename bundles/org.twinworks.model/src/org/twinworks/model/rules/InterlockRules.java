// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class InterlockRules {

	private InterlockRules() {
	}

	public static boolean complete(Interlock interlock, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		int code = TwinValidator.INTERLOCK__COMPLETE;
		if (interlock.getTrips() == null) {
			return Problems.error(diagnostics, code, interlock, TwinPackage.Literals.INTERLOCK__TRIPS,
					"it trips no equipment.", "Set the equipment it trips.");
		}
		if (interlock.getConditions().isEmpty()) {
			return Problems.error(diagnostics, code, interlock, TwinPackage.Literals.INTERLOCK__CONDITIONS,
					"it has no condition.", "Add a condition on a signal.");
		}
		for (InterlockCondition condition : interlock.getConditions()) {
			if (condition.getSignal() == null) {
				return Problems.error(diagnostics, code, interlock, TwinPackage.Literals.INTERLOCK__CONDITIONS,
						"one of its conditions has no signal.", "Pick the signal the condition compares.");
			}
		}
		return true;
	}
}
