// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.diagram.overlay.DecorationProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.validation.ValidationProblem;

/**
 * Validation problems as node decorations. A problem on a signal or port shows on its equipment (those have no
 * node of their own); the tooltip names the element.
 */
public final class PlantDecorations implements DecorationProvider {
	private Map<EObject, List<Decoration>> byElement = new IdentityHashMap<>();

	public void update(List<ValidationProblem> problems) {
		Map<EObject, List<Decoration>> map = new IdentityHashMap<>();
		for (ValidationProblem p : problems) {
			if (p.element() == null) {
				continue;
			}
			EObject shown = shownElement(p.element());
			Decoration.Severity severity = p.severity() == ValidationProblem.Severity.ERROR
					? Decoration.Severity.ERROR
					: Decoration.Severity.WARNING;
			String where = shown == p.element() ? "" : p.path() + ": ";
			map.computeIfAbsent(shown, k -> new ArrayList<>()).add(new Decoration(severity, where + p.message()));
		}
		byElement = map;
	}

	/** The nearest element that has a node: the element itself or the equipment that owns it. */
	private static EObject shownElement(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Equipment || e instanceof org.twinworks.model.Area
					|| e instanceof org.twinworks.model.WorkCenter || e instanceof org.twinworks.model.Unit) {
				return e;
			}
		}
		return element;
	}

	@Override
	public List<Decoration> decorationsFor(EObject element) {
		return byElement.getOrDefault(element, List.of());
	}
}
