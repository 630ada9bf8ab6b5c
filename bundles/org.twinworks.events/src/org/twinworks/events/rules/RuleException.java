// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

/**
 * A rule that cannot be set up on an equipment: one of its expressions does not parse, or names a signal the
 * equipment does not have. Says which rule, which expression, the 1-based column in it and what is wrong.
 */
public final class RuleException extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean inEndCondition;
	private final int column;
	private final String problem;

	RuleException(String rule, String equipment, boolean inEndCondition, String expression, int column,
			String problem) {
		super("rule " + rule + " on " + equipment + ": its " + (inEndCondition ? "end condition" : "condition") + " '"
				+ expression + "' at column " + column + ": " + problem);
		this.inEndCondition = inEndCondition;
		this.column = column;
		this.problem = problem;
	}

	/** Whether the end condition is at fault, else the condition. */
	public boolean inEndCondition() {
		return inEndCondition;
	}

	public int column() {
		return column;
	}

	/** What is wrong, without rule, expression and column. */
	public String problem() {
		return problem;
	}
}
