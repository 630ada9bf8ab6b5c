package org.twinworks.diagram.persistence;

import java.nio.file.Path;
import java.util.List;

import org.twinworks.diagram.notation.Diagram;
import org.twinworks.model.persistence.FileProblem;

/** What reading a notation file gave: its diagrams (possibly partial) and what was wrong with it. */
public record LoadedNotation(Path file, NotationResource resource, List<FileProblem> problems, boolean readable) {

	public List<Diagram> diagrams() {
		return resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).toList();
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == FileProblem.Severity.ERROR);
	}
}
