// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.nio.file.Path;
import java.util.Collection;

/** A problem found while reading a file, located by line and column where the parser knows them. */
public record FileProblem(Severity severity, Path file, int line, int column, String message) {

	/** How bad it is: an error means (part of) the model could not be read. */
	public enum Severity {
		ERROR, WARNING
	}

	/** Whether any of {@code problems} is an error. */
	public static boolean anyError(Collection<FileProblem> problems) {
		return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
	}

	@Override
	public String toString() {
		String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file.toString();
		return where + ": " + severity.name().toLowerCase() + ": " + message;
	}
}
