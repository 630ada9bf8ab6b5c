package org.twinworks.model.persistence;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.LoadedResource;
import org.twinworks.model.Plant;

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
	public Plant plant() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plant plant) ? null
				: plant;
	}

	public boolean hasErrors() {
		return FileProblem.anyError(problems);
	}
}
