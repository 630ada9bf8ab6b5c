// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command made of sub-commands ({@code twinworks commission plan …}, {@code twinworks import csv …}): picks the
 * sub-command, prints the group's usage when there is none, answers {@code --help}, and turns a
 * {@link UsageException} into the message and the usage line.
 */
public abstract class CommandGroup implements CliCommand {
	private final Map<String, CliCommand> subCommands = new LinkedHashMap<>();

	protected CommandGroup(List<CliCommand> subCommands) {
		for (CliCommand sub : subCommands) {
			this.subCommands.put(sub.name(), sub);
		}
	}

	@Override
	public String arguments() {
		return String.join("|", subCommands.keySet()) + " … (twinworks " + name() + " <sub-command> --help)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		CliCommand sub = args.isEmpty() ? null : subCommands.get(args.get(0));
		if (sub == null) {
			if (!args.isEmpty()) {
				err.println("twinworks " + name() + ": unknown sub-command '" + args.get(0) + "'");
			}
			PrintStream stream = args.isEmpty() ? out : err;
			for (CliCommand each : subCommands.values()) {
				stream.println("  twinworks " + name() + " " + each.name() + " " + each.arguments());
				stream.println("      " + each.summary());
			}
			return args.isEmpty() ? OK : FAILED;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println("usage: twinworks " + name() + " " + sub.name() + " " + sub.arguments());
			out.println("  " + sub.summary());
			return OK;
		}
		try {
			return sub.run(rest, out, err);
		} catch (UsageException e) {
			err.println("twinworks " + name() + " " + sub.name() + ": " + e.getMessage());
			err.println("usage: twinworks " + name() + " " + sub.name() + " " + sub.arguments());
			return FAILED;
		}
	}
}
