// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationChecks;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.persistence.NotationResource;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.Plant;

/**
 * The diagrams of one open model: the notation file beside it ({@code x.twin} → {@code x.twindiagram}), in the
 * editor's resource set so that diagram and model share one command stack. A missing file is an empty set of
 * diagrams, written on the first save that has something to write; a broken one opens with its problems.
 */
public final class EditorDiagrams {
	private final ResourceSet set;
	private Path file;
	private NotationResource resource;
	private List<FileProblem> problems;
	private boolean readable = true;

	private EditorDiagrams(ResourceSet set, Path modelFile) {
		this.set = set;
		open(modelFile);
	}

	public static EditorDiagrams open(ResourceSet set, Path modelFile) {
		return new EditorDiagrams(NotationFiles.configure(set), modelFile);
	}

	private void open(Path modelFile) {
		file = NotationFiles.notationFileOf(modelFile);
		if (Files.exists(file)) {
			LoadedNotation loaded = NotationFiles.load(set, file);
			resource = loaded.resource();
			problems = loaded.problems();
			readable = loaded.readable();
			Resource model = set.getResources().stream()
					.filter(r -> !r.getContents().isEmpty() && r.getContents().get(0) instanceof Plant).findFirst()
					.orElse(null);
			if (readable && model != null) {
				// a diagram saved apart from its model is reported, never silently drawn against the wrong one
				List<FileProblem> all = new ArrayList<>(problems);
				all.addAll(NotationChecks.check(loaded, PlantDiagramDescription.get(), new ResourceResolver(model)));
				problems = List.copyOf(all);
			}
		} else {
			resource = NotationFiles.createResource(set, file);
			problems = List.of();
			readable = true;
		}
	}

	/** Reads the notation file again (the model was reloaded). */
	public void reload(Path modelFile) {
		resource.unload();
		set.getResources().remove(resource);
		open(modelFile);
	}

	public Path file() {
		return file;
	}

	public NotationResource resource() {
		return resource;
	}

	public List<FileProblem> problems() {
		return problems;
	}

	/** The notation file's problems, each saying which file it is about (the banner shows them with the model's). */
	public List<FileProblem> namedProblems() {
		return problems.stream().map(p -> new FileProblem(p.severity(), p.file(), p.line(), p.column(),
				file.getFileName() + ": " + p.message())).toList();
	}

	public List<Diagram> diagrams() {
		return resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).toList();
	}

	/** Views of elements that are gone, in every diagram: removed before saving so nothing dangles on reload. */
	public Command pruneOrphans(EditingDomain domain, Resource model) {
		CompoundCommand prune = new CompoundCommand("Remove Views of Deleted Elements");
		for (Diagram diagram : diagrams()) {
			Command c = new DiagramSynchronizer(PlantDiagramDescription.get(), new ResourceResolver(model))
					.pruneOrphans(domain, diagram);
			if (c.canExecute()) {
				prune.append(c);
			}
		}
		return prune;
	}

	/** Writes the notation file when there is something to write or a file to update. */
	public List<FileProblem> save() throws IOException {
		if (resource.getContents().isEmpty() && !Files.exists(file)) {
			return List.of();
		}
		if (!readable && Files.exists(file)) {
			// what could not be read would be lost by overwriting: the original keeps a name of its own
			Files.copy(file,
					file.resolveSibling(file.getFileName() + ".unreadable-"
							+ java.time.LocalDateTime.now()
									.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))),
					java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
			readable = true;
		}
		problems = NotationFiles.save(resource, file);
		return problems;
	}

	/** Save As: the diagrams follow the model to its new name. */
	public List<FileProblem> saveAs(Path modelFile) throws IOException {
		file = NotationFiles.notationFileOf(modelFile);
		resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		return save();
	}
}
