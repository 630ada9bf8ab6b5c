// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.validation.ValidationProblem;

/** The quick fixes for each problem code, in the order a menu shows them. */
public final class QuickFixes {
	private static final List<QuickFix> ALL = List.of(AlarmLimitFixes.MOVE_LIMITS_INSIDE, AlarmLimitFixes.WIDEN_RANGE,
			new RenameToFreeTag(), new ChooseEndpoint(ProblemCode.BINDING_WITHOUT_ENDPOINT),
			new ChooseEndpoint(ProblemCode.BINDING_UNKNOWN_NAMESPACE), new ChooseUnit(), LoopFixes.MEASURED_VALUE,
			LoopFixes.OUTPUT, LoopFixes.FINAL_ELEMENT, LoopFixes.DELETE);

	private QuickFixes() {
	}

	/** Every fix for problems of this code. */
	public static List<QuickFix> forCode(ProblemCode code) {
		return ALL.stream().filter(f -> f.code() == code).toList();
	}

	/** The fixes for problems of this code that apply to the element as it is now. */
	public static List<QuickFix> forElement(ProblemCode code, EObject element) {
		return forCode(code).stream().filter(f -> f.appliesTo(element)).toList();
	}

	public static List<QuickFix> forProblem(ValidationProblem problem) {
		return forElement(problem.code(), problem.element());
	}
}
