// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;

/** `twinworks sim`: serves a model file on loopback, tells where and with which certificate, then stops. */
class SimCommandTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void servesTheDemoAndPrintsEndpointAndThumbprint() {
		Path file = dir.resolve("demo.twin");
		assertEquals(CliCommand.OK, cli.run("demo", file.toString()), err());
		Path pki = dir.resolve("pki");
		assertEquals(CliCommand.OK,
				cli.run("sim", file.toString(), "--port", "0", "--pki", pki.toString(), "--seconds", "1"), err());
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(Pattern.compile("endpoint +opc\\.tcp://127\\.0\\.0\\.1:\\d+/twinworks").matcher(printed).find(),
				printed);
		assertTrue(Pattern.compile("SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}").matcher(printed).find(), printed);
		assertTrue(printed.contains("153 signals"), printed);
		assertTrue(Files.isRegularFile(pki.resolve("own").resolve("sim-server.der")));
	}

	@Test
	void refusesAMissingModelAndUnknownOptions() {
		assertEquals(CliCommand.FAILED, cli.run("sim", dir.resolve("none.twin").toString(), "--port", "0"));
		assertEquals(CliCommand.FAILED, cli.run("sim", "x.twin", "--colour", "blue"));
		assertTrue(err().contains("unknown option --colour"), err());
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
