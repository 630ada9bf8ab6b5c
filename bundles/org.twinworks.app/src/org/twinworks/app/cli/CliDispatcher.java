// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** Picks the sub-command named by the first argument and runs it; `help` and unknown names print usage. */
public final class CliDispatcher {
	private final Map<String, CliCommand> commands = new LinkedHashMap<>();
	private final PrintStream out;
	private final PrintStream err;

	public CliDispatcher(List<CliCommand> commands, PrintStream out, PrintStream err) {
		commands.forEach(c -> this.commands.put(c.name(), c));
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		if (args.length == 0 || isHelp(args[0])) {
			printUsage(out);
			return CliCommand.OK;
		}
		CliCommand command = commands.get(args[0]);
		if (command == null) {
			err.println("twinworks: unknown command '" + args[0] + "'");
			printUsage(err);
			return CliCommand.FAILED;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.stream().anyMatch(CliDispatcher::isHelp)) {
			out.println("usage: twinworks " + command.name() + " " + command.arguments());
			out.println("  " + command.summary());
			return CliCommand.OK;
		}
		try {
			return command.run(rest, out, err);
		} catch (IOException e) {
			err.println("twinworks " + command.name() + ": " + describe(e));
			return CliCommand.FAILED;
		} catch (OutOfMemoryError e) {
			// a CI gate must never read "nothing printed, exit 0" as a pass: say it, and fail
			err.println("twinworks " + command.name() + ": out of memory (" + e.getMessage() + "); the input is too "
					+ "large for this heap: give it more with TWINWORKS_VMARGS=-Xmx<size>, e.g. -Xmx8g");
			return CliCommand.FAILED;
		} catch (StackOverflowError e) {
			err.println("twinworks " + command.name() + ": the input is nested too deeply to process");
			return CliCommand.FAILED;
		} catch (Exception | Error e) {
			// not the user's mistake: keep the stack trace for the bug report
			ILog.of(CliDispatcher.class).error("twinworks " + command.name() + " failed", e);
			err.println("twinworks " + command.name() + ": internal error " + describe(e) + " (details in "
					+ Platform.getLogFileLocation() + ")");
			return CliCommand.FAILED;
		}
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank()
				? e.getClass().getName()
				: e.getClass().getSimpleName() + ": " + message;
	}

	private static boolean isHelp(String arg) {
		return "help".equals(arg) || "--help".equals(arg) || "-h".equals(arg);
	}

	private void printUsage(PrintStream stream) {
		stream.println("Headless commands (twinworks <command> --help for one):");
		int width = commands.values().stream().mapToInt(c -> c.name().length() + c.arguments().length() + 1).max()
				.orElse(10);
		for (CliCommand command : commands.values()) {
			String synopsis = (command.name() + " " + command.arguments()).strip();
			stream.printf("  %-" + width + "s  %s%n", synopsis, command.summary());
		}
	}
}
