// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.persistence;

import java.nio.file.Path;
import java.util.List;

import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.LoadedResource;
import org.twinworks.diagram.notation.Diagram;

/** What reading a notation file gave: its diagrams (possibly partial) and what was wrong with it. */
public record LoadedNotation(Path file, NotationResource resource, List<FileProblem> problems, boolean readable) {

	public static LoadedNotation of(LoadedResource<NotationResource> loaded) {
		return new LoadedNotation(loaded.file(), loaded.resource(), loaded.problems(), loaded.readable());
	}

	public List<Diagram> diagrams() {
		return resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).toList();
	}

	public boolean hasErrors() {
		return FileProblem.anyError(problems);
	}
}
