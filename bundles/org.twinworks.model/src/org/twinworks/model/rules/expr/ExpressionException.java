// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules.expr;

/** A rule expression that does not parse, or names a signal that cannot be found; the column is 1-based. */
public final class ExpressionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String problem;
	private final int column;

	public ExpressionException(String problem, int column) {
		super("at column " + column + ": " + problem);
		this.problem = problem;
		this.column = column;
	}

	/** What is wrong, without the column. */
	public String problem() {
		return problem;
	}

	public int column() {
		return column;
	}
}
