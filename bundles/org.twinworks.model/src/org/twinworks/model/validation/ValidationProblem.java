// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.rules.ProblemCode;

/**
 * One validation finding: how bad, where (path in the plant), what and how to fix it, the element, and its kind
 * ({@link ProblemCode#OTHER} unless a quick fix can repair it).
 */
public record ValidationProblem(Severity severity, String path, String message, EObject element, ProblemCode code) {

	public ValidationProblem(Severity severity, String path, String message, EObject element) {
		this(severity, path, message, element, ProblemCode.OTHER);
	}

	/** Severity of a finding; only errors fail `twinworks validate`. */
	public enum Severity {
		ERROR, WARNING, INFO
	}

	@Override
	public String toString() {
		return severity.name().toLowerCase() + "  " + (path.isEmpty() ? "(plant)" : path) + "  " + message;
	}
}
