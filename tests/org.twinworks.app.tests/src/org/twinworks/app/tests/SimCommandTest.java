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

	@Test
	void injectsTheFaultsGivenOnTheCommandLine() {
		Path file = dir.resolve("demo.twin");
		assertEquals(CliCommand.OK, cli.run("demo", file.toString()), err());
		assertEquals(CliCommand.OK,
				cli.run("sim", file.toString(), "--port", "0", "--pki", dir.resolve("pki").toString(), "--seconds", "1",
						"--fault", "FT-101.PV=stuck", "--fault", "LT-101.PV=drift", "--fault", "PT-101.PV=spike:0.5",
						"--fault", "AT-401.PV=bad", "--fault", "TT-401.PV=offline", "--fault", "FCV-101.POS=jam:0.4",
						"--fault", "IS-101=notrip", "--no-stimulation"),
				err());
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("fault      FCV-101.POS=jam:0.4"), printed);
		assertTrue(printed.contains("fault      IS-101=notrip"), printed);
		assertTrue(printed.contains("stimulation off"), printed);
	}

	@Test
	void refusesABadFaultSpecNamingIt() {
		Path file = dir.resolve("demo.twin");
		assertEquals(CliCommand.OK, cli.run("demo", file.toString()), err());
		for (String bad : new String[]{"FT-101.PV=melt", "FT-101.PV=jam", "FT-101.PV=jam:1.5", "FT-101.PV",
				"FT-101.PV=drift:fast", "FT-101.PV=stuck:3", "=stuck"}) {
			assertEquals(CliCommand.FAILED, cli.run("sim", file.toString(), "--port", "0", "--fault", bad), bad);
			assertTrue(err().contains("'" + bad + "'"), err());
		}
		// a tag the plant does not have is only known once the model is served
		for (String unknown : new String[]{"XX-1.PV=stuck", "IS-999=notrip"}) {
			assertEquals(CliCommand.FAILED, cli.run("sim", file.toString(), "--port", "0", "--pki",
					dir.resolve("pki").toString(), "--seconds", "1", "--fault", unknown), unknown);
			assertTrue(err().contains(unknown.substring(0, unknown.indexOf('='))), err());
		}
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
