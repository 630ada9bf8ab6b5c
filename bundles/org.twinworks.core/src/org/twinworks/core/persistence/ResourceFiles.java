// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes any EMF XML resource the way every Twinworks format does: refuses files over the
 * {@link FileSizeLimit}, turns what went wrong into {@link FileProblem}s with file, line and column (never a
 * throw for bad content), and saves atomically with a backup through {@link AtomicFileWriter}.
 */
public final class ResourceFiles {
	private static final String NOT_UTF8 = "the file is not UTF-8: ";

	private ResourceFiles() {
	}

	/** Reads {@code file} into {@code resource} with {@code options} (usually {@link XmlOptions#load()}). */
	public static <R extends Resource> LoadedResource<R> read(R resource, Path file, Map<?, ?> options) {
		List<FileProblem> problems = new ArrayList<>();
		boolean readable = true;
		FileProblem thrown = null;
		Optional<FileProblem> tooLarge = FileSizeLimit.check(file);
		if (tooLarge.isPresent()) {
			return new LoadedResource<>(file, resource, List.of(tooLarge.get()), false);
		}
		AtomicFileWriter.removeLeftovers(file, Duration.ofMinutes(1));
		// a file no longer than the value limit cannot hold a value over it: only larger files are scanned
		try (InputStream in = FileSizeLimit.sizeOf(file) > ValueLengthLimit.limit()
				? new ValueLengthLimit(Files.newInputStream(file))
				: Files.newInputStream(file)) {
			resource.load(in, options);
		} catch (NoSuchFileException e) {
			problems.add(new FileProblem(FileProblem.Severity.ERROR, file, 0, 0, "no such file"));
			return new LoadedResource<>(file, resource, problems, false);
		} catch (IOException | RuntimeException e) {
			readable = !isFatal(e);
			if (!readable) {
				thrown = toProblem(file, rootCause(e));
			}
		}
		List<FileProblem> recorded = recorded(file, resource);
		if (thrown != null && !restates(thrown, recorded)) {
			problems.add(thrown);
		}
		problems.addAll(recorded);
		if (problems.stream().anyMatch(problem -> problem.message().startsWith(NOT_UTF8))) {
			problems.removeIf(problem -> problem.message().startsWith(NOT_UTF8) || problem.message().isEmpty());
			FileProblem where = Utf8Check.firstInvalid(file);
			problems.add(0, where != null
					? where
					: new FileProblem(FileProblem.Severity.ERROR, file, 0, 0, NOT_UTF8 + "save the file as UTF-8"));
		}
		problems.addAll(ResourceChecks.check(file, resource));
		return new LoadedResource<>(file, resource, dedupe(problems), readable);
	}

	/**
	 * Atomic save of {@code resource} with {@code options}, keeping {@code <file>.bak}; returns what save recorded.
	 * A {@link SiblingBufferedSave} buffers the document in a temporary file beside {@code file}, which the next
	 * save or open removes if this one is killed.
	 */
	public static List<FileProblem> save(Resource resource, Path file, Map<?, ?> options) throws IOException {
		resource.getErrors().clear();
		resource.getWarnings().clear();
		Path absolute = file.toAbsolutePath();
		Path buffer = absolute.resolveSibling(
				"." + absolute.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".buffer.tmp");
		Map<Object, Object> buffered = new HashMap<>(options);
		buffered.put(SiblingBufferedSave.BUFFER_FILE, buffer.toString());
		try {
			AtomicFileWriter.write(file, out -> resource.save(out, buffered));
		} finally {
			Files.deleteIfExists(buffer);
		}
		return recorded(file, resource);
	}

	/** The bytes {@code resource} saves to: what determinism and round-trip checks compare. */
	public static byte[] bytes(Resource resource, Map<?, ?> options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		return out.toByteArray();
	}

	/**
	 * EMF ends a load by throwing the cause of its first recorded error (a bad value, an unresolvable reference)
	 * without its position: then the recorded error says the same with line and column.
	 */
	private static boolean restates(FileProblem thrown, List<FileProblem> recorded) {
		return thrown.line() == 0 && !thrown.message().startsWith(NOT_UTF8) && recorded.stream()
				.anyMatch(problem -> problem.severity() == FileProblem.Severity.ERROR && problem.line() > 0);
	}

	/** Xerces reports bad UTF-8 as a CharConversionException subclass, without a location. */
	private static boolean notUtf8(Throwable cause) {
		return cause instanceof CharConversionException || cause instanceof CharacterCodingException;
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
		if (d instanceof Throwable t && rootCause(t) instanceof ValueLengthLimit.ValueTooLongException tooLong) {
			return toProblem(file, tooLong);
		}
		if (d instanceof Throwable t && notUtf8(rootCause(t))) {
			return new FileProblem(severity, file, 0, 0, NOT_UTF8);
		}
		if (d instanceof Throwable t && rootCause(t) instanceof ClassCastException) {
			return new FileProblem(severity, file, Math.max(0, d.getLine()), Math.max(0, d.getColumn()),
					"a reference points to an element of the wrong kind (two elements sharing one xmi:id do this)");
		}
		if (d instanceof PackageNotFoundException unknown) {
			return new FileProblem(severity, file, Math.max(0, d.getLine()), Math.max(0, d.getColumn()),
					"unknown namespace \"" + unknown.uri() + "\": not a format this program reads");
		}
		return new FileProblem(severity, file, Math.max(0, d.getLine()), Math.max(0, d.getColumn()),
				clean(d.getMessage()));
	}

	private static FileProblem toProblem(Path file, Throwable cause) {
		if (cause instanceof ValueLengthLimit.ValueTooLongException tooLong) {
			return new FileProblem(FileProblem.Severity.ERROR, file, tooLong.line(), 0, tooLong.getMessage());
		}
		if (notUtf8(cause)) {
			return new FileProblem(FileProblem.Severity.ERROR, file, 0, 0, NOT_UTF8);
		}
		if (cause instanceof UnsupportedEncodingException) {
			// only the XML declaration, on the first line, names an encoding
			return new FileProblem(FileProblem.Severity.ERROR, file, 1, 0, "the file declares the encoding \""
					+ cause.getMessage() + "\", which this program does not know: save the file as UTF-8");
		}
		if (cause instanceof ClassCastException) {
			return new FileProblem(FileProblem.Severity.ERROR, file, 0, 0,
					"a reference points to an element of the wrong kind (two elements sharing one xmi:id do this)");
		}
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
	private static String clean(@Nullable String message) {
		// and the JDK's parser prefixes its limits' messages with an internal code (JAXP00010006: ...)
		return message == null
				? ""
				: message.replaceAll("\\s*\\((?:file:|platform:|[a-z]+:)[^()]*, \\d+, \\d+\\)$", "")
						.replaceFirst("^JAXP\\d+: ", "");
	}

	private static List<FileProblem> dedupe(List<FileProblem> problems) {
		Set<FileProblem> unique = new LinkedHashSet<>(problems);
		return List.copyOf(unique);
	}
}
