// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Connection;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Interlock;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

/** Plant-wide rules: one pass over the plant instead of one per element (100k elements stay linear). */
public final class PlantRules {

	private PlantRules() {
	}

	public static boolean uniqueTags(Plant plant, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		Map<String, EObject> equipment = new HashMap<>();
		Map<String, EObject> signals = new HashMap<>();
		Map<String, EObject> connections = new HashMap<>();
		Map<String, EObject> loopsAndInterlocks = new HashMap<>();
		boolean valid = true;
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof EquipmentType) {
				it.prune(); // templates are not plant tags
			} else if (element instanceof Equipment e) {
				valid &= unique(equipment, e, e.getTag(), TwinPackage.Literals.EQUIPMENT__TAG, diagnostics);
			} else if (element instanceof Signal s) {
				valid &= unique(signals, s, s.getTag(), TwinPackage.Literals.SIGNAL__TAG, diagnostics);
			} else if (element instanceof Connection c) {
				valid &= unique(connections, c, c.getTag(), TwinPackage.Literals.CONNECTION__TAG, diagnostics);
			} else if (element instanceof ControlLoop l) {
				valid &= unique(loopsAndInterlocks, l, l.getTag(), TwinPackage.Literals.CONTROL_LOOP__TAG, diagnostics);
			} else if (element instanceof Interlock i) {
				valid &= unique(loopsAndInterlocks, i, i.getTag(), TwinPackage.Literals.INTERLOCK__TAG, diagnostics);
			}
			if (!valid && diagnostics == null) {
				return false;
			}
		}
		return valid;
	}

	private static boolean unique(Map<String, EObject> seen, EObject element, String tag, EStructuralFeature feature,
			DiagnosticChain diagnostics) {
		if (tag == null || tag.isBlank()) {
			return true; // a missing tag is not a duplicate; the editor shows it by name
		}
		EObject first = seen.putIfAbsent(tag.strip(), element);
		if (first == null) {
			return true;
		}
		return Problems.error(diagnostics, TwinValidator.PLANT__UNIQUE_TAGS, ProblemCode.DUPLICATE_TAG, element,
				feature, "the tag " + tag + " is already used by " + ModelPaths.describe(first) + ".",
				"Give one of them a different tag.");
	}
}
