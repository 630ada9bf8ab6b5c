// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/** `twinworks demo` and `twinworks validate` on real files: exit codes 0, 1 and 2 as documented. */
class ModelCommandsTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void theDemoPlantValidatesWithExitCodeZero() {
		Path file = dir.resolve("demo.twin");
		assertEquals(CliCommand.OK, cli.run("demo", file.toString()), err());
		assertEquals(CliCommand.OK, cli.run("validate", file.toString()), err());
		assertTrue(out().contains(file + ": 0 errors, 0 warnings"), out());
	}

	@Test
	void demoRefusesToOverwriteWithoutForce() {
		Path file = dir.resolve("demo.twin");
		cli.run("demo", file.toString());
		assertEquals(CliCommand.FAILED, cli.run("demo", file.toString()));
		assertTrue(err().contains("exists; add --force"), err());
		assertEquals(CliCommand.OK, cli.run("demo", file.toString(), "--force"));
	}

	@Test
	void anInvalidModelPrintsTheElementPathAndExitsWithOne() throws IOException {
		Path file = dir.resolve("demo.twin");
		cli.run("demo", file.toString());
		String broken = Files.readString(file).replaceFirst("rangeLow=\"0.0\" rangeHigh=\"6.0\"",
				"rangeLow=\"9.0\" rangeHigh=\"6.0\"");
		Files.writeString(file, broken);
		assertEquals(CliCommand.PROBLEMS, cli.run("validate", file.toString()), out() + err());
		assertTrue(
				out().contains(
						"error  Raw Water Intake/Raw Water Storage/Raw Water Tank/LT-101/LT-101.PV  Signal LT-101.PV"),
				out());
		assertTrue(out().contains("range low 9.0 is not below range high 6.0"), out());
		assertTrue(out().contains(": 1 error, 0 warnings"), out());
	}

	@Test
	void anUnreadableFileExitsWithTwoAndNamesFileAndLine() throws IOException {
		Path file = Files.writeString(dir.resolve("broken.twin"),
				"<?xml version=\"1.0\"?>\n<twin:Plant xmlns:twin=\"http://twinworks.org/model/1.0\">\n<areas name=\"A\">\n");
		assertEquals(CliCommand.FAILED, cli.run("validate", file.toString()));
		assertTrue(
				err().matches("(?s).*" + Pattern.quote(file.toString()) + ":\\d+:\\d+: error: not well-formed XML.*"),
				err());
		assertTrue(err().contains("cannot read " + file), err());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
