// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

public final class TwinRules {

	private TwinRules() {
	}

	public static boolean oneActiveBindingPerSignal(Twin twin, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		Map<Signal, Binding> bound = new HashMap<>();
		boolean valid = true;
		for (Binding binding : twin.getBindings()) {
			if (!binding.isActive() || binding.getSignal() == null) {
				continue;
			}
			Binding first = bound.putIfAbsent(binding.getSignal(), binding);
			if (first != null) {
				valid = Problems.error(diagnostics, TwinValidator.TWIN__ONE_ACTIVE_BINDING_PER_SIGNAL, binding,
						TwinPackage.Literals.BINDING__SIGNAL, "signal " + ModelPaths.label(binding.getSignal())
								+ " is bound twice (also to " + first.getNodeId() + ").",
						"Delete one binding or make it inactive.");
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return valid;
	}
}
