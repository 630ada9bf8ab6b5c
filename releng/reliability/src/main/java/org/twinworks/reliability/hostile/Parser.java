// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.nio.file.Path;
import java.util.List;

/**
 * One product parser under the fuzzer: its seeds, and a run that reads a file as the product does and says whether
 * it was accepted or refused with the parser's own diagnostics (anything it throws is classified by
 * {@link Classifier}).
 */
interface Parser {

	String name();

	/** The file name extension the product expects, with its dot. */
	String extension();

	Shape shape();

	/** Small valid files: what the mutations start from. */
	List<byte[]> seeds() throws Exception;

	/** Reads {@code file}: {@link Outcome#ACCEPTED}, {@link Outcome#REFUSED}, a defect, or a throw. */
	Outcome read(Path file) throws Exception;

	/** Whether {@code thrown} is one of this parser's diagnostics (the classifier checks it names the file). */
	boolean isDiagnostic(Throwable thrown);
}
