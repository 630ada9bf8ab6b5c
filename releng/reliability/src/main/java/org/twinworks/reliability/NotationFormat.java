// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationFiles;

/** Notation files (.twindiagram) through NotationFiles, with synthetic diagrams of a given size. */
final class NotationFormat implements ReplacedFormat {
	private final int views;

	NotationFormat(int views) {
		this.views = views;
	}

	@Override
	public String fileName() {
		return "plant.twindiagram";
	}

	@Override
	public Resource synthetic(Path file, int variant) {
		Resource resource = NotationFiles.createResource(NotationFiles.configure(new ResourceSetImpl()), file);
		resource.getContents().add(SyntheticDiagrams.create(views, 1 + variant));
		return resource;
	}

	@Override
	public Resource load(Path file) throws IOException {
		LoadedNotation loaded = NotationFiles.load(new ResourceSetImpl(), file);
		if (!loaded.readable() || loaded.hasErrors() || loaded.diagrams().isEmpty()) {
			throw new IOException("not loadable: " + loaded.problems().stream().map(FileProblem::toString).toList());
		}
		return loaded.resource();
	}

	@Override
	public void save(Resource resource, Path file) throws IOException {
		NotationFiles.save(resource, file);
	}

	@Override
	public byte[] bytes(Resource resource) throws IOException {
		return NotationFiles.bytes(resource);
	}
}
