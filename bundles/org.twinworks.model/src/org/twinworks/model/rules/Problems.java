// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.twinworks.model.util.TwinValidator;

/** Builds diagnostics that name the element by kind, tag and path, say what is wrong and how to fix it. */
final class Problems {

	private Problems() {
	}

	/** Adds an error and returns false, so rules can end with {@code return Problems.error(...)}. */
	static boolean error(DiagnosticChain diagnostics, int code, EObject element, EStructuralFeature feature,
			String problem, String fix) {
		return add(diagnostics, Diagnostic.ERROR, code, element, feature, problem, fix);
	}

	static boolean warning(DiagnosticChain diagnostics, int code, EObject element, EStructuralFeature feature,
			String problem, String fix) {
		return add(diagnostics, Diagnostic.WARNING, code, element, feature, problem, fix);
	}

	/** An error a quick fix can repair: the diagnostic's data carries the problem code after element and feature. */
	static boolean error(DiagnosticChain diagnostics, int code, ProblemCode problemCode, EObject element,
			EStructuralFeature feature, String problem, String fix) {
		return add(diagnostics, Diagnostic.ERROR, code, problemCode, element, feature, problem, fix);
	}

	static boolean warning(DiagnosticChain diagnostics, int code, ProblemCode problemCode, EObject element,
			EStructuralFeature feature, String problem, String fix) {
		return add(diagnostics, Diagnostic.WARNING, code, problemCode, element, feature, problem, fix);
	}

	private static boolean add(DiagnosticChain diagnostics, int severity, int code, EObject element,
			EStructuralFeature feature, String problem, String fix) {
		return add(diagnostics, severity, code, ProblemCode.OTHER, element, feature, problem, fix);
	}

	private static boolean add(DiagnosticChain diagnostics, int severity, int code, ProblemCode problemCode,
			EObject element, EStructuralFeature feature, String problem, String fix) {
		if (diagnostics != null) {
			Object[] data = feature == null
					? new Object[]{element}
					: problemCode == ProblemCode.OTHER
							? new Object[]{element, feature}
							: new Object[]{element, feature, problemCode};
			diagnostics.add(new BasicDiagnostic(severity, TwinValidator.DIAGNOSTIC_SOURCE, code,
					ModelPaths.describe(element) + ": " + problem + " " + fix, data));
		}
		return false;
	}

}
