// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.persistence;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.jspecify.annotations.Nullable;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.LoadedResource;
import org.twinworks.core.persistence.RootElement;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinPackage;

/**
 * The result of reading a model file: whatever could be read, and every problem found. A malformed file is
 * not an exception and not an empty model: the caller shows the problems and keeps the content. The plant
 * format's view of a {@link LoadedResource}.
 */
public record LoadedPlant(Path file, Resource resource, List<FileProblem> problems, boolean readable) {

	public static LoadedPlant of(LoadedResource<?> loaded) {
		return new LoadedPlant(loaded.file(), loaded.resource(), loaded.problems(), loaded.readable());
	}

	/** The plant, or null when the file held none (or could not be read at all). */
	public @Nullable Plant plant() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plant plant)
				? null
				: plant;
	}

	/**
	 * Why {@link #plant()} is null, in words that say what was found and what was expected; null when there is a
	 * plant.
	 */
	public @Nullable String noPlantReason() {
		if (plant() != null) {
			return null;
		}
		String expected = "a Twinworks plant model (root element twin:Plant in " + TwinPackage.eNS_URI + ")";
		for (FileProblem problem : problems) {
			if (problem.severity() == FileProblem.Severity.ERROR) {
				return problem + (problem.message().startsWith("unknown namespace") ? "; expected " + expected : "");
			}
		}
		if (resource.getContents().isEmpty()) {
			return file + ": the file holds no elements; expected " + expected;
		}
		EObject root = resource.getContents().get(0);
		RootElement element = RootElement.of(file);
		return file + (element != null
				? ":" + element.line() + ": the root element is " + element.name() + " (" + element.namespace() + ")"
				: ": the root element is " + root.eClass().getName()) + "; expected " + expected;
	}

	public boolean hasErrors() {
		return FileProblem.anyError(problems);
	}
}
