package org.twinworks.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.twinworks.model.TwinPackage;
import org.xml.sax.SAXParseException;

/** Reading and writing plant model files outside the workbench (headless commands, tests, benchmarks). */
public final class PlantFiles {

	private PlantFiles() {
	}

	/** A resource set that knows .twin files and the Twinworks package, in OSGi or not. */
	public static ResourceSet newResourceSet() {
		return configure(new ResourceSetImpl());
	}

	/** Teaches an existing resource set (an editing domain's) .twin files and the Twinworks package. */
	public static ResourceSet configure(ResourceSet set) {
		set.getPackageRegistry().put(TwinPackage.eNS_URI, TwinPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TwinResource.FILE_EXTENSION,
				new TwinResourceFactory());
		return set;
	}

	/** Always a .twin resource, whatever the file is called (Open With, validate x.xml). */
	public static Resource createResource(ResourceSet set, Path file) {
		Resource resource = new TwinResource(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		return resource;
	}

	/** Reads a model file; never throws for bad content, see {@link LoadedPlant#problems()}. */
	public static LoadedPlant load(Path file) {
		return load(newResourceSet(), file);
	}

	/** Reads a model file into {@code set} (configured with {@link #configure}). */
	public static LoadedPlant load(ResourceSet set, Path file) {
		Resource resource = createResource(set, file);
		return read(resource, file, ((TwinResource) resource).getDefaultLoadOptions());
	}

	/**
	 * Reads {@code file} into any XML resource (diagram files use it too) and turns what went wrong into
	 * problems with file, line and column; never throws for bad content.
	 */
	public static LoadedPlant read(Resource resource, Path file, Map<?, ?> options) {
		List<FileProblem> problems = new ArrayList<>();
		boolean readable = true;
		Optional<FileProblem> tooLarge = FileSizeLimit.check(file);
		if (tooLarge.isPresent()) {
			return new LoadedPlant(file, resource, List.of(tooLarge.get()), false);
		}
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, options);
		} catch (NoSuchFileException e) {
			problems.add(new FileProblem(FileProblem.Severity.ERROR, file, 0, 0, "no such file"));
			return new LoadedPlant(file, resource, problems, false);
		} catch (IOException | RuntimeException e) {
			readable = !isFatal(e);
			if (!readable) {
				problems.add(toProblem(file, rootCause(e)));
			}
		}
		problems.addAll(recorded(file, resource));
		return new LoadedPlant(file, resource, dedupe(problems), readable);
	}

	/** Writes atomically and keeps the previous version as {@code <file>.bak}; returns what save recorded. */
	public static List<FileProblem> save(Resource resource, Path file) throws IOException {
		resource.getErrors().clear();
		resource.getWarnings().clear();
		return save(resource, file, ((TwinResource) resource).getDefaultSaveOptions());
	}

	/** Atomic save of any resource with {@code options}, keeping {@code <file>.bak}. */
	public static List<FileProblem> save(Resource resource, Path file, Map<?, ?> options) throws IOException {
		resource.getErrors().clear();
		resource.getWarnings().clear();
		AtomicFileWriter.write(file, out -> resource.save(out, options));
		return recorded(file, resource);
	}

	/** The bytes a model saves to: what determinism and round-trip checks compare. */
	public static byte[] bytes(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, ((TwinResource) resource).getDefaultSaveOptions());
		return out.toByteArray();
	}

	private static boolean isFatal(Throwable e) {
		Throwable cause = rootCause(e);
		return cause instanceof SAXParseException || !(cause instanceof XMIException);
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static List<FileProblem> recorded(Path file, Resource resource) {
		List<FileProblem> problems = new ArrayList<>();
		for (Resource.Diagnostic d : resource.getErrors()) {
			problems.add(located(file, FileProblem.Severity.ERROR, d));
		}
		for (Resource.Diagnostic d : resource.getWarnings()) {
			problems.add(located(file, FileProblem.Severity.WARNING, d));
		}
		return problems;
	}

	private static FileProblem located(Path file, FileProblem.Severity severity, Resource.Diagnostic d) {
		if (d instanceof Throwable t && rootCause(t) instanceof SAXParseException sax) {
			return toProblem(file, sax);
		}
		return new FileProblem(severity, file, Math.max(0, d.getLine()), Math.max(0, d.getColumn()),
				clean(d.getMessage()));
	}

	private static FileProblem toProblem(Path file, Throwable cause) {
		if (cause instanceof SAXParseException sax) {
			return new FileProblem(FileProblem.Severity.ERROR, file, sax.getLineNumber(), sax.getColumnNumber(),
					"not well-formed XML: " + clean(sax.getMessage()));
		}
		if (cause instanceof XMIException xmi) {
			return new FileProblem(FileProblem.Severity.ERROR, file, xmi.getLine(), xmi.getColumn(),
					clean(xmi.getMessage()));
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return new FileProblem(FileProblem.Severity.ERROR, file, 0, 0, "cannot read the model: " + clean(message));
	}

	/** EMF appends "(file, line, column)" to messages; we report those separately. */
	private static String clean(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\((?:file:|platform:|[a-z]+:)[^()]*, \\d+, \\d+\\)$", "");
	}

	private static List<FileProblem> dedupe(List<FileProblem> problems) {
		Set<FileProblem> unique = new LinkedHashSet<>(problems);
		return List.copyOf(unique);
	}
}
