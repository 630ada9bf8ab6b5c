// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * What the command-line tests against a virtual plant share: the plant served on 127.0.0.1 for the class, a client
 * PKI it trusts, demo plant files pointing at it, and `twinworks` run with its output captured.
 */
abstract class ServedPlantCliTest {
	@TempDir
	static Path dir;

	static VirtualPlant sim;
	static Path clientPki;

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void startPlant() throws Exception {
		clientPki = dir.resolve("client-pki");
		sim = TestPlant.in(dir).trustClientOf(clientPki).start();
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	/** The demo plant saved as {@code <name>.twin}, its endpoint on the served plant. */
	Path demo(String name) throws Exception {
		Path file = dir.resolve(name + ".twin");
		Plant plant = TestPlant.demoPlant(dir, name);
		plant.getTwin().getEndpoints().get(0).setUrl(sim.endpointUrl());
		PlantFiles.save(plant.eResource(), file);
		return file;
	}

	int cli(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new CliDispatcher(CliCommands.all(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
