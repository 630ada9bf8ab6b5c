// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.util.TwinValidator;

/**
 * Runs every rule of the model (EMF's structural checks and ours) and flattens the result. EMF's own
 * messages name Java objects; they are rewritten to name the element by kind, tag and path, and dropped
 * where one of our rules already explains the same problem.
 */
public final class PlantValidator {

	private PlantValidator() {
	}

	public static List<ValidationProblem> validate(EObject root) {
		Diagnostician diagnostician = new Diagnostician();
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, result, diagnostician.createDefaultContext());
		List<Diagnostic> all = new ArrayList<>();
		flatten(result, all);
		Set<List<Object>> explained = new HashSet<>();
		for (Diagnostic d : all) {
			if (TwinValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getData().size() >= 2) {
				explained.add(List.of(d.getData().get(0), d.getData().get(1)));
			}
		}
		List<ValidationProblem> problems = new ArrayList<>();
		for (Diagnostic d : all) {
			EObject element = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? root : e;
			if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getData().size() >= 2
					&& explained.contains(List.of(d.getData().get(0), d.getData().get(1)))) {
				continue;
			}
			problems.add(new ValidationProblem(severity(d), ModelPaths.path(element), message(d, element), element,
					code(d)));
		}
		return problems;
	}

	private static ProblemCode code(Diagnostic d) {
		return d.getData().size() >= 3 && d.getData().get(2) instanceof ProblemCode code ? code : ProblemCode.OTHER;
	}

	private static void flatten(Diagnostic diagnostic, List<Diagnostic> into) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.INFO) {
				into.add(child);
			}
			flatten(child, into);
		}
	}

	private static String message(Diagnostic d, EObject element) {
		if (d.getException() != null) {
			return ModelPaths.describe(element) + ": validation failed with " + d.getException()
					+ ". Please report this; the model itself may be fine.";
		}
		if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) || d.getData().size() < 2
				|| !(d.getData().get(1) instanceof EStructuralFeature feature)) {
			return d.getMessage();
		}
		String what = ModelPaths.describe(element) + ": ";
		return switch (d.getCode()) {
		case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS ->
			what + "'" + feature.getName() + "' must be set. Set it in the element's properties.";
		case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> what + "'" + feature.getName()
				+ "' refers to an element that is no longer in the model. Pick an element of this model, or clear it.";
		case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> what + "'" + feature.getName()
				+ "' refers to an element that cannot be found. Pick an element of this model, or clear it.";
		default -> what + d.getMessage();
		};
	}

	private static ValidationProblem.Severity severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> ValidationProblem.Severity.ERROR;
		case Diagnostic.WARNING -> ValidationProblem.Severity.WARNING;
		default -> ValidationProblem.Severity.INFO;
		};
	}
}
