// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.Area;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;

/**
 * The part of a plant a campaign covers: the elements named by the scope (area names, equipment tags or names,
 * signal, loop or interlock tags) and everything inside them. An empty scope is the whole plant.
 */
final class PlantScope {
	private final Set<EObject> roots;
	private final boolean wholePlant;

	private PlantScope(Set<EObject> roots, boolean wholePlant) {
		this.roots = roots;
		this.wholePlant = wholePlant;
	}

	/** @throws IllegalArgumentException naming every scope entry that matches nothing in the plant */
	static PlantScope of(Plant plant, List<String> scope) {
		if (scope.isEmpty()) {
			return new PlantScope(Set.of(), true);
		}
		Set<EObject> roots = new HashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String entry : scope) {
			int before = roots.size();
			for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (matches(element, entry)) {
					roots.add(element);
				}
			}
			if (roots.size() == before) {
				unknown.add(entry);
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(
					"the plant has no area, equipment or tag called " + String.join(", ", unknown));
		}
		return new PlantScope(roots, false);
	}

	private static boolean matches(EObject element, String entry) {
		String tag = ModelPaths.tagOf(element);
		if (tag != null && tag.equals(entry)) {
			return true;
		}
		return (element instanceof Area || element instanceof Equipment) && element instanceof Named named
				&& entry.equals(named.getName());
	}

	boolean contains(EObject element) {
		if (wholePlant) {
			return true;
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (roots.contains(e)) {
				return true;
			}
		}
		return false;
	}

	boolean contains(ControlLoop loop) {
		return wholePlant || roots.contains(loop) || contains((EObject) loop.getMeasuredValue())
				|| loop.getFinalElement() != null && contains((EObject) loop.getFinalElement());
	}

	boolean contains(Interlock interlock) {
		return wholePlant || roots.contains(interlock)
				|| interlock.getTrips() != null && contains((EObject) interlock.getTrips());
	}

	boolean containsSignal(Signal signal) {
		return contains((EObject) signal);
	}
}
