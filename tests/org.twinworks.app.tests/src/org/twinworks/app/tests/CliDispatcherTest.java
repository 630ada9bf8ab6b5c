// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;

class CliDispatcherTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void helpListsEverySubCommand() {
		assertEquals(CliCommand.OK, cli.run("--help"));
		for (CliCommand command : CliCommands.all()) {
			assertTrue(out().contains(command.name()), "help lacks " + command.name() + ":\n" + out());
		}
	}

	@Test
	void aCommandThatRunsOutOfMemoryExitsTwoAndSaysSo() {
		CliDispatcher failing = new CliDispatcher(List.of(throwing(new OutOfMemoryError("Java heap space"))),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(CliCommand.FAILED, failing.run("explode"));
		String said = err.toString(StandardCharsets.UTF_8);
		assertTrue(said.contains("twinworks explode: out of memory (Java heap space)") && said.contains("-Xmx"), said);
	}

	@Test
	void anyOtherErrorExitsTwoWithAMessageToo() {
		CliDispatcher failing = new CliDispatcher(List.of(throwing(new LinkageError("broken bundle"))),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(CliCommand.FAILED, failing.run("explode"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("internal error LinkageError: broken bundle"),
				err.toString(StandardCharsets.UTF_8));
	}

	/** A command whose run throws {@code error}, as a real one does when its input exhausts the JVM. */
	private static CliCommand throwing(Error error) {
		return new CliCommand() {
			@Override
			public String name() {
				return "explode";
			}

			@Override
			public String arguments() {
				return "";
			}

			@Override
			public String summary() {
				return "throws " + error;
			}

			@Override
			public int run(List<String> args, PrintStream o, PrintStream e) {
				throw error;
			}
		};
	}

	@Test
	void unknownCommandFailsWithExitCodeTwoAndNamesIt() {
		assertEquals(CliCommand.FAILED, cli.run("frobnicate"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
	}

	@Test
	void versionPrintsTheVersionOfEachEmbeddedMiloModule() {
		assertEquals(CliCommand.OK, cli.run("version"));
		// the versions the build pinned (pom.xml), each read back from the jar the product embeds
		for (String module : System.getProperty("twinworks.milo.expected").split(",")) {
			String[] nameAndVersion = module.split(":");
			assertTrue(out().contains("Eclipse Milo " + nameAndVersion[0] + " " + nameAndVersion[1]), out());
		}
	}

	@Test
	void diagnoseFindsEveryBundleResolvedAndEveryViewInstalled() {
		int code = cli.run("diagnose");
		assertEquals(CliCommand.OK, code, out() + err.toString(StandardCharsets.UTF_8));
		assertTrue(out().contains("every bundle resolves"), out());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}
}
