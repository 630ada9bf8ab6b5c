// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class EngineeringUnitRules {

	private EngineeringUnitRules() {
	}

	public static boolean knownCode(EngineeringUnit unit, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		if (UneceUnits.isKnown(unit.getCode())) {
			return true;
		}
		return Problems.error(diagnostics, TwinValidator.ENGINEERING_UNIT__KNOWN_CODE, unit,
				TwinPackage.Literals.ENGINEERING_UNIT__CODE,
				"'" + unit.getCode() + "' is not a UNECE Recommendation 20 common code Twinworks knows.",
				"Use a known code, e.g. MTQ (m³), MQH (m³/h), BAR (bar), CEL (°C), P1 (%), KWT (kW).");
	}
}
