// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;

/** A style change that applies while the semantic element satisfies {@code when} (e.g. colour by state). */
public record ConditionalStyle(String description, Predicate<EObject> when, UnaryOperator<StyleSpec> change) {

	public StyleSpec applyTo(EObject element, StyleSpec style) {
		return when.test(element) ? change.apply(style) : style;
	}
}
