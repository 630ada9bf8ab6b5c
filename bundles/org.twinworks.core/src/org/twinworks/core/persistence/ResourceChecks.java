// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Checks of a loaded XML resource that EMF's loader does not make: two elements sharing one {@code xmi:id} (EMF
 * keeps the last one silently, and references to the id then resolve to whichever it kept), and attributes or
 * elements the format does not know (kept for the round trip but otherwise ignored, so a misspelt attribute would
 * go unnoticed).
 */
final class ResourceChecks {
	private ResourceChecks() {
	}

	static List<FileProblem> check(Path file, Resource resource) {
		if (!(resource instanceof XMLResource xml)) {
			return List.of();
		}
		List<FileProblem> problems = new ArrayList<>(unknownRoot(file, xml));
		problems.addAll(duplicateIds(file, xml));
		problems.addAll(unknownFeatures(file, xml));
		return problems;
	}

	/** A root in a namespace no registered package has: EMF keeps it as an untyped AnyType, without a word. */
	private static List<FileProblem> unknownRoot(Path file, XMLResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AnyType)) {
			return List.of();
		}
		RootElement root = RootElement.of(file);
		if (root == null) {
			return List.of(new FileProblem(FileProblem.Severity.ERROR, file, 0, 0,
					"the root element is in a namespace this program does not read"));
		}
		return List.of(new FileProblem(FileProblem.Severity.ERROR, file, root.line(), 0, "unknown namespace \""
				+ root.namespace() + "\" of the root element " + root.name() + ": not a format this program reads"));
	}

	private static List<FileProblem> duplicateIds(Path file, XMLResource resource) {
		if (!anyIdShared(resource)) {
			return List.of(); // the common case, decided without building a map of its own
		}
		Map<String, List<EObject>> byId = new HashMap<>();
		Map<String, List<EObject>> duplicates = new LinkedHashMap<>();
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			String id = resource.getID(element);
			if (id == null) {
				continue;
			}
			List<EObject> holders = byId.computeIfAbsent(id, key -> new ArrayList<>(1));
			holders.add(element);
			if (holders.size() == 2) {
				duplicates.put(id, holders);
			}
		}
		// EMF's id map holds only one of them; ids were read from the file, so the file says where they are
		Map<String, List<Integer>> lines = duplicates.isEmpty()
				? Map.of()
				: AttributeLines.of(file, "xmi:id", duplicates.keySet());
		List<FileProblem> problems = new ArrayList<>();
		for (Map.Entry<String, List<EObject>> duplicate : duplicates.entrySet()) {
			List<Integer> at = lines.getOrDefault(duplicate.getKey(), List.of());
			List<String> holders = duplicate.getValue().stream().map(ResourceChecks::describe).toList();
			problems.add(new FileProblem(FileProblem.Severity.ERROR, file, at.size() > 1 ? at.get(1) : 0, 0,
					"xmi:id \"" + duplicate.getKey() + "\" is used by " + holders.size() + " elements ("
							+ String.join(", ", holders) + (at.isEmpty() ? "" : ", lines " + at)
							+ "); references to it are ambiguous."
							+ " Give each element its own id (delete the id of a copied element to get a new one)."));
		}
		return problems;
	}

	/** EMF maps each element to its id and each id to one element: fewer ids than elements means some share one. */
	private static boolean anyIdShared(XMLResource resource) {
		return resource.getEObjectToIDMap().size() != resource.getIDToEObjectMap().size();
	}

	private static List<FileProblem> unknownFeatures(Path file, XMLResource resource) {
		List<FileProblem> problems = new ArrayList<>();
		for (Map.Entry<EObject, AnyType> extension : resource.getEObjectToExtensionMap().entrySet()) {
			TreeSet<String> names = new TreeSet<>();
			for (FeatureMap.Entry entry : extension.getValue().getAnyAttribute()) {
				names.add(entry.getEStructuralFeature().getName());
			}
			for (FeatureMap.Entry entry : extension.getValue().getAny()) {
				names.add("<" + entry.getEStructuralFeature().getName() + ">");
			}
			if (!names.isEmpty()) {
				problems.add(new FileProblem(FileProblem.Severity.WARNING, file, 0, 0,
						describe(extension.getKey()) + " has " + (names.size() == 1 ? "an attribute" : "attributes")
								+ " this format does not know: " + String.join(", ", names)
								+ "; kept in the file but ignored. Check the spelling, or remove them."));
			}
		}
		return problems;
	}

	/** "Signal LT-1.PV": the element's class and its tag or name, when it has one. */
	static String describe(EObject element) {
		String label = null;
		for (String name : new String[]{"tag", "name", "id"}) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature instanceof EAttribute && element.eGet(feature) instanceof String text && !text.isBlank()) {
				label = text;
				break;
			}
		}
		return element.eClass().getName() + (label == null ? "" : " " + label);
	}
}
