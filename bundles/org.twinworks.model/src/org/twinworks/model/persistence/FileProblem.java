package org.twinworks.model.persistence;

import java.nio.file.Path;

/** A problem found while reading a model file, located by line and column where the parser knows them. */
public record FileProblem(Severity severity, Path file, int line, int column, String message) {

	/** How bad it is: an error means (part of) the model could not be read. */
	public enum Severity {
		ERROR, WARNING
	}

	@Override
	public String toString() {
		String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file.toString();
		return where + ": " + severity.name().toLowerCase() + ": " + message;
	}
}
