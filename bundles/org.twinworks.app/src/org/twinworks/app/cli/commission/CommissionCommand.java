// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;

/** {@code twinworks commission <sub-command> …}: picks the sub-command and runs it. */
public final class CommissionCommand implements CliCommand {
	private final Map<String, CliCommand> subCommands = new LinkedHashMap<>();

	public CommissionCommand() {
		for (CliCommand sub : List.of(new PlanCommand(), new RunCommand(), new ReportCommand(), new SignCommand(),
				new ReviseCommand(), new VerifyCommand())) {
			subCommands.put(sub.name(), sub);
		}
	}

	@Override
	public String name() {
		return "commission";
	}

	@Override
	public String arguments() {
		return "plan|run|report|sign|revise|verify … (twinworks commission <sub-command> --help)";
	}

	@Override
	public String summary() {
		return "the commissioning record: plan checks from the plant, run them on the live plant, report, sign, verify";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		CliCommand sub = args.isEmpty() ? null : subCommands.get(args.get(0));
		if (sub == null) {
			if (!args.isEmpty()) {
				err.println("twinworks commission: unknown sub-command '" + args.get(0) + "'");
			}
			PrintStream stream = args.isEmpty() ? out : err;
			for (CliCommand each : subCommands.values()) {
				stream.println("  twinworks commission " + each.name() + " " + each.arguments());
				stream.println("      " + each.summary());
			}
			return args.isEmpty() ? OK : FAILED;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println("usage: twinworks commission " + sub.name() + " " + sub.arguments());
			out.println("  " + sub.summary());
			return OK;
		}
		try {
			return sub.run(rest, out, err);
		} catch (UsageException e) {
			err.println("twinworks commission " + sub.name() + ": " + e.getMessage());
			err.println("usage: twinworks commission " + sub.name() + " " + sub.arguments());
			return FAILED;
		}
	}
}
