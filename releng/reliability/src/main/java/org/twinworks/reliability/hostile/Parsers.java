// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.resource.Resource;
import org.jspecify.annotations.Nullable;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.persistence.NotationResource;
import org.twinworks.interop.aml.AmlException;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.csv.CsvImportException;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvTagListImporter;
import org.twinworks.interop.nodeset.NodeSetException;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;
import org.twinworks.live.AuditLog;
import org.twinworks.live.Recording;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.persistence.TwinResource;

/**
 * The parsers the harness knows, by name. What counts as "our diagnostics" differs: the model formats never throw
 * for bad content and return {@link FileProblem}s instead; the recording and the importers throw their own checked
 * exceptions naming the file; the audit log skips lines that are not records.
 */
final class Parsers {
	/** A raw exception the model loader caught and passed on with no position: the text it then reports. */
	private static final String UNLOCATED = "cannot read the model: ";

	private Parsers() {
	}

	static Map<String, Parser> all(Seeds seeds, Path repository) {
		Map<String, Parser> all = new LinkedHashMap<>();
		all.put("plant", new Simple("plant", ".twin", Shape.XML, seeds::plants, Parsers::plant, t -> false));
		all.put("notation",
				new Simple("notation", ".twindiagram", Shape.XML, seeds::notations, Parsers::notation, t -> false));
		all.put("recording", new Simple("recording", ".twinrec", Shape.RECORDING, seeds::recordings, file -> {
			Recording.read(file);
			return Outcome.ACCEPTED;
		}, IOException.class::isInstance));
		all.put("auditlog", new Simple("auditlog", ".audit", Shape.TEXT, seeds::auditLogs, file -> {
			AuditLog.read(file, 1_000);
			return Outcome.ACCEPTED;
		}, t -> false));
		all.put("nodeset", new Simple("nodeset", ".xml", Shape.XML, seeds::nodeSets, file -> {
			// read, then loaded over the base namespace and mapped to a draft, as `import` does
			NodeSetImporter.read(List.of(file), NodeSetImportOptions.DEFAULT);
			return Outcome.ACCEPTED;
		}, NodeSetException.class::isInstance));
		all.put("csv", new Simple("csv", ".csv", Shape.TEXT, seeds::tagLists, file -> {
			CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
			return Outcome.ACCEPTED;
		}, t -> t instanceof CsvImportException || t instanceof IOException));
		all.put("aml", new Simple("aml", ".aml", Shape.XML, () -> seeds.automationMl(repository), file -> {
			AmlImporter.importFile(file);
			return Outcome.ACCEPTED;
		}, t -> t instanceof AmlException || t instanceof IOException));
		return all;
	}

	private static Outcome plant(Path file) {
		LoadedPlant loaded = PlantFiles.load(file);
		return judged(loaded.problems(), loaded.hasErrors(), () -> {
			Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
			return rawLoad(resource, file, ((TwinResource) resource).getDefaultLoadOptions());
		});
	}

	private static Outcome notation(Path file) {
		LoadedNotation loaded = NotationFiles.load(new ResourceSetImpl(), file);
		return judged(loaded.problems(), loaded.hasErrors(), () -> {
			NotationResource resource = NotationFiles.createResource(NotationFiles.configure(new ResourceSetImpl()),
					file);
			return rawLoad(resource, file, resource.getDefaultLoadOptions());
		});
	}

	/**
	 * Problems are our diagnostics when each error says what is wrong; an error that only passes on a raw
	 * exception's text is a defect, identified by loading again without the product's wrapper to see the exception.
	 */
	private static Outcome judged(List<FileProblem> problems, boolean hasErrors, Replay replay) {
		for (FileProblem problem : problems) {
			if (problem.severity() == FileProblem.Severity.ERROR && problem.message().startsWith(UNLOCATED)) {
				Throwable raw = replay.thrown();
				String key = raw == null ? problem.message() : Classifier.key(raw);
				return Outcome.defect("unlocated " + key, problem + "\n" + Classifier.trace(raw));
			}
		}
		return hasErrors ? Outcome.REFUSED : Outcome.ACCEPTED;
	}

	private interface Replay {
		@Nullable
		Throwable thrown();
	}

	private static @Nullable Throwable rawLoad(Resource resource, Path file, Map<?, ?> options) {
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, options);
			return null;
		} catch (Throwable t) {
			Throwable root = t;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return root;
		}
	}

	/** Reads one file as the product does. */
	interface Reader {
		Outcome read(Path file) throws Exception;
	}

	/** Makes the seeds. */
	interface SeedSource {
		List<byte[]> seeds() throws Exception;
	}

	private record Simple(String name, String extension, Shape shape, SeedSource source, Reader reader,
			Predicate<Throwable> diagnostic) implements Parser {
		Simple {
			Objects.requireNonNull(reader);
		}

		@Override
		public List<byte[]> seeds() throws Exception {
			return source.seeds();
		}

		@Override
		public Outcome read(Path file) throws Exception {
			return reader.read(file);
		}

		@Override
		public boolean isDiagnostic(Throwable thrown) {
			return diagnostic.test(thrown);
		}
	}
}
