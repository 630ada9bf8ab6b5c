// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class ControlLoopRules {

	private ControlLoopRules() {
	}

	public static boolean complete(ControlLoop loop, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		List<String> missing = new ArrayList<>();
		if (loop.getMeasuredValue() == null) {
			missing.add("measured value (PV)");
		}
		if (loop.getOutput() == null) {
			missing.add("output (MV)");
		}
		if (loop.getFinalElement() == null) {
			missing.add("final element");
		}
		if (missing.isEmpty()) {
			return true;
		}
		return Problems.error(diagnostics, TwinValidator.CONTROL_LOOP__COMPLETE, ProblemCode.LOOP_INCOMPLETE, loop,
				loop.getMeasuredValue() == null
						? TwinPackage.Literals.CONTROL_LOOP__MEASURED_VALUE
						: loop.getOutput() == null
								? TwinPackage.Literals.CONTROL_LOOP__OUTPUT
								: TwinPackage.Literals.CONTROL_LOOP__FINAL_ELEMENT,
				"the loop has no " + String.join(", no ", missing) + ".",
				"Set them in the loop's properties: loop checks cannot be generated without them.");
	}
}
