// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/** Plant model files (.twin) through PlantFiles, with synthetic plants of a given size. */
final class PlantFormat implements ReplacedFormat {
	private final int elements;

	PlantFormat(int elements) {
		this.elements = elements;
	}

	@Override
	public String fileName() {
		return "plant.twin";
	}

	@Override
	public Resource synthetic(Path file, int variant) {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
		resource.getContents().add(SyntheticPlants.create(elements, 1 + variant));
		return resource;
	}

	@Override
	public Resource load(Path file) throws IOException {
		LoadedPlant loaded = PlantFiles.load(file);
		if (!loaded.readable() || loaded.hasErrors() || loaded.plant() == null) {
			throw new IOException("not loadable: " + loaded.problems().stream().map(FileProblem::toString).toList());
		}
		return loaded.resource();
	}

	@Override
	public void save(Resource resource, Path file) throws IOException {
		PlantFiles.save(resource, file);
	}

	@Override
	public byte[] bytes(Resource resource) throws IOException {
		return PlantFiles.bytes(resource);
	}
}
