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
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.ServerBehaviour;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * `twinworks read` and `check` against a virtual plant on 127.0.0.1. The plant's PKI trusts the client's
 * certificate (copied to its trusted/certs as an operator would); the client trusts the plant by thumbprint.
 */
class LiveCommandsTest {
	@TempDir
	static Path dir;

	private static VirtualPlant sim;
	private static Path clientPki;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

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

	@Test
	void checkPrintsEverySignalAndExitsZeroWhenAllAreAlive() throws Exception {
		Path model = saved("alive.twin", null);
		assertEquals(CliCommand.OK, cli.run("check", model.toString(), "--trust", sim.certificateThumbprint(), "--pki",
				clientPki.toString(), "--duration", "10"), err());
		String printed = out();
		assertTrue(printed.contains("153 bindings, 0 dead"), printed);
		assertTrue(printed.contains("LT-101.PV = "), printed);
		assertTrue(printed.contains("0 mismatches, 0 stale"), printed);
	}

	@Test
	void checkExitsOneWhenTheModelDiffersFromTheServer() throws Exception {
		Path file = dir.resolve("mismatch.twin");
		Plant plant = demo(file);
		plant.getTwin().getEndpoints().get(0).setUrl(sim.endpointUrl());
		plant.getTwin().getBindings().stream().filter(b -> b.getSignal().getTag().equals("LT-101.PV")).findFirst()
				.orElseThrow().getSignal().setRangeHigh(8.0);
		PlantFiles.save(plant.eResource(), file);
		assertEquals(CliCommand.PROBLEMS, cli.run("check", file.toString(), "--trust", sim.certificateThumbprint(),
				"--pki", clientPki.toString(), "--duration", "10"), err());
		assertTrue(out().contains("153 bindings, 0 dead"), out());
		assertTrue(out().contains("MISMATCH  LT-101.PV  EU_RANGE: model 0.0 .. 8.0, server 0.0 .. 6.0"), out());
		assertTrue(out().contains("1 mismatches, 0 stale"), out());
	}

	@Test
	void browsePrintsTheAddressSpaceDownToTheBoundVariables() {
		assertEquals(CliCommand.OK, cli.run("browse", sim.endpointUrl(), "--depth", "8", "--limit", "5000", "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString()), err());
		String printed = out();
		assertTrue(printed.contains("  Server  Object  nsu=http://opcfoundation.org/UA/;i=2253"), printed);
		assertTrue(printed.contains("LT-101.PV  Variable  nsu=" + DemoPlant.NAMESPACE_URI + ";s=LT-101.PV  Double"),
				printed);
		// the variable's properties, one level deeper, right below it
		List<String> lines = printed.lines().toList();
		int at = lines.stream().filter(l -> l.contains(";s=LT-101.PV  Double")).findFirst().map(lines::indexOf)
				.orElseThrow();
		String indent = lines.get(at).substring(0, lines.get(at).indexOf("LT-101.PV"));
		List<String> properties = lines.subList(at + 1, lines.size()).stream()
				.takeWhile(l -> l.startsWith(indent + "  ") && l.endsWith("(property)")).toList();
		assertTrue(
				properties.stream().anyMatch(
						l -> l.startsWith(indent + "  EURange  Variable  ") && l.endsWith("  Range  (property)")),
				properties.toString());
		assertTrue(properties.stream().anyMatch(l -> l.startsWith(indent + "  EngineeringUnits  Variable  ")),
				properties.toString());
	}

	@Test
	void browseStopsAtItsNodeLimit() {
		assertEquals(CliCommand.OK, cli.run("browse", sim.endpointUrl(), "--limit", "5", "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString()), err());
		assertEquals(7, out().lines().count(), out());
		assertTrue(out().contains("stopped after 5 nodes"), out());
	}

	@Test
	void checkExitsOneWhenABindingIsDead() throws Exception {
		Path model = saved("dead.twin", "nsu=" + DemoPlant.NAMESPACE_URI + ";s=NO-SUCH-TAG");
		assertEquals(CliCommand.PROBLEMS, cli.run("check", model.toString(), "--trust", sim.certificateThumbprint(),
				"--pki", clientPki.toString(), "--duration", "5"), err());
		assertTrue(out().contains("152") || out().contains("1 dead"), out());
		assertTrue(out().contains("Bad_NodeIdUnknown"), out());
	}

	@Test
	void checkKeepsPercentDeadbandsAliveOnAServerWithoutEURangeAndSaysHow() throws Exception {
		try (VirtualPlant bare = TestPlant.in(dir.resolve("bare")).trustClientOf(clientPki)
				.configure(config -> config.behaviour(ServerBehaviour.STANDARD.withoutAnalogProperties())).start()) {
			Path file = dir.resolve("bare.twin");
			Plant plant = demo(file);
			plant.getTwin().getEndpoints().get(0).setUrl(bare.endpointUrl());
			PlantFiles.save(plant.eResource(), file);
			// the server lacks the EURanges the model has: mismatches, so exit 1, but no binding is dead
			assertEquals(CliCommand.PROBLEMS, cli.run("check", file.toString(), "--trust", bare.certificateThumbprint(),
					"--pki", clientPki.toString(), "--duration", "10"), err());
			String printed = out();
			assertTrue(printed.contains("153 bindings, 0 dead, "), printed);
			assertTrue(printed.contains(" revised by the server or with a fallback filter"), printed);
			assertTrue(printed.matches("(?s).*\\nok    LT-101\\.PV = [-0-9.E]+  Good  \\[percent deadband refused "
					+ "\\(Bad_MonitoredItemFilterUnsupported\\): absolute deadband [0-9.]+ m from the model's range 0 to "
					+ "6\\].*"), printed);
			assertTrue(printed.contains("EU_RANGE: model 0.0 .. 6.0, server none"), printed);
		}
	}

	@Test
	void checkRefusesAnUntrustedServer() throws Exception {
		Path model = saved("untrusted.twin", null);
		assertEquals(CliCommand.FAILED,
				cli.run("check", model.toString(), "--pki", dir.resolve("other-pki").toString()));
		assertTrue(err().contains("not trusted"), err());
	}

	@Test
	void readPrintsOneValue() {
		assertEquals(CliCommand.OK,
				cli.run("read", sim.endpointUrl(), "nsu=" + DemoPlant.NAMESPACE_URI + ";s=LT-101.PV", "--trust",
						sim.certificateThumbprint(), "--pki", clientPki.toString()),
				err());
		assertTrue(out().contains("Good"), out());
	}

	/** The demo, its endpoint pointed at the running plant, optionally one binding broken. */
	private static Path saved(String name, String brokenNodeId) throws Exception {
		Path file = dir.resolve(name);
		Plant plant = demo(file);
		plant.getTwin().getEndpoints().get(0).setUrl(sim.endpointUrl());
		if (brokenNodeId != null) {
			plant.getTwin().getBindings().get(0).setNodeId(brokenNodeId);
		}
		PlantFiles.save(plant.eResource(), file);
		assertTrue(Files.isRegularFile(file));
		return file;
	}

	private static Plant demo(Path file) {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
		return DemoPlant.createIn(resource);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
