// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless sub-command of `./twinworks`. */
public interface CliCommand {

	/** Exit code of a successful command. */
	int OK = 0;
	/** Exit code when the command ran and found problems (validation errors, mismatches). */
	int PROBLEMS = 1;
	/** Exit code when the command could not run: bad arguments, unreadable input. */
	int FAILED = 2;

	String name();

	/** Arguments after the name, e.g. {@code <model-file>}. */
	String arguments();

	/** One line: what it does. */
	String summary();

	int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
