// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.util.List;

/**
 * A rule file that cannot be read or used: every problem found, each as {@code file:line:column: what is wrong}.
 * Unchecked, because {@link RuleFile#detectorsFor} implements {@code DetectorProvider}.
 */
public final class RuleFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	RuleFileException(List<String> problems) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
