// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

/**
 * One thing wrong with a tag list.
 *
 * @param line the physical line (from 1) where the record starts, quoted line breaks counted; 0 for the whole file
 * @param message what is wrong, naming the column and the value
 */
public record CsvProblem(int line, String message) {

	/** {@code file:line: message}, or {@code file: message} for the whole file. */
	public String in(String file) {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
	}
}
