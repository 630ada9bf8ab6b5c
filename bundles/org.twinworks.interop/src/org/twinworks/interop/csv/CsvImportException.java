// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.List;

/**
 * A tag list that cannot be imported: either one problem with the whole file (its size, its encoding, no header) or
 * the problems of its rows, each naming the line where its record starts. Nothing is imported when this is thrown.
 */
public final class CsvImportException extends Exception {
	private static final long serialVersionUID = 1L;

	/** The most problems kept; {@link #problemCount()} counts them all. */
	public static final int MAX_PROBLEMS = 200;

	private final transient List<CsvProblem> problems;
	private final int problemCount;

	CsvImportException(String file, List<CsvProblem> problems, int problemCount) {
		super(message(file, problems, problemCount));
		this.problems = List.copyOf(problems);
		this.problemCount = problemCount;
	}

	static CsvImportException of(String file, int line, String message) {
		return new CsvImportException(file, List.of(new CsvProblem(line, message)), 1);
	}

	/** The first {@link #MAX_PROBLEMS} problems, by line. */
	public List<CsvProblem> problems() {
		return problems;
	}

	/** How many problems there were in all. */
	public int problemCount() {
		return problemCount;
	}

	private static String message(String file, List<CsvProblem> problems, int count) {
		if (count == 1 && problems.size() == 1) {
			return problems.get(0).in(file);
		}
		StringBuilder text = new StringBuilder(file).append(": ").append(count).append(" problems, nothing imported");
		for (CsvProblem problem : problems) {
			text.append(System.lineSeparator()).append("  ").append(problem.in(file));
		}
		if (count > problems.size()) {
			text.append(System.lineSeparator()).append("  ... and ").append(count - problems.size()).append(" more");
		}
		return text.toString();
	}
}
