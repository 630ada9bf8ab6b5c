// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.interop.NodeSetPlant;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * `twinworks import …` and `export …` with real files and a virtual plant on 127.0.0.1: CSV and NodeSet2 round
 * trips through new plant files, re-import changing nothing, dry runs and bad input leaving the file as it was.
 */
class ImportExportCommandTest extends ServedPlantCliTest {
	@Test
	void csvOutAndBackInGivesTheSameBindingsAndReimportingChangesNothing() throws Exception {
		Path demo = demo("csv-demo");
		Path csv = dir.resolve("tags.csv");
		assertEquals(CliCommand.OK, cli("export", "csv", demo.toString(), csv.toString()), err());
		Path copy = dir.resolve("from-csv.twin");
		assertEquals(CliCommand.OK, cli("import", "csv", csv.toString(), "--into", copy.toString()), err() + out());
		assertTrue(out().contains("does not exist: a new plant") && out().contains("wrote "), out());
		assertEquals(bindings(demo), bindings(copy), "every tag with its node id");

		byte[] imported = Files.readAllBytes(copy);
		assertEquals(CliCommand.OK, cli("import", "csv", csv.toString(), "--into", copy.toString()), err());
		assertTrue(out().contains("nothing to change"), out());
		assertArrayEquals(imported, Files.readAllBytes(copy));
	}

	@Test
	void aDryRunPrintsTheDiffAndABadRowImportsNothing() throws Exception {
		Path demo = demo("dry");
		byte[] before = Files.readAllBytes(demo);
		Path csv = dir.resolve("more.csv");
		Files.writeString(csv, "Equipment,Tag,Description,Range low,Range high\nP-901,FT-901,Flow,0,200\n");
		assertEquals(CliCommand.OK, cli("import", "csv", csv.toString(), "--into", demo.toString(), "--dry-run"),
				err());
		assertTrue(out().contains("+ Area") && out().contains("dry run"), out());
		assertArrayEquals(before, Files.readAllBytes(demo));

		Files.writeString(csv, "Equipment,Tag,Description,Range low,Range high\nP-901,FT-901,Flow,0,200\n"
				+ "P-901,PT-901,Pressure,low,10\n");
		assertEquals(CliCommand.FAILED, cli("import", "csv", csv.toString(), "--into", demo.toString()), out());
		assertTrue(err().contains("more.csv:3") && err().contains("nothing imported"), err());
		assertArrayEquals(before, Files.readAllBytes(demo));
	}

	@Test
	void nodeSetOutAndBackInGivesTheSameBindings() throws Exception {
		Path demo = demo("ns-demo");
		Path xml = dir.resolve("riverside.xml");
		assertEquals(CliCommand.OK, cli("export", "nodeset", demo.toString(), xml.toString()), err());
		byte[] exported = Files.readAllBytes(xml);
		assertEquals(CliCommand.OK, cli("export", "nodeset", demo.toString(), xml.toString()), err());
		assertArrayEquals(exported, Files.readAllBytes(xml), "the same plant file exports the same bytes");

		Path copy = dir.resolve("from-nodeset.twin");
		assertEquals(CliCommand.OK, cli("import", "nodeset", xml.toString(), "--into", copy.toString()), err() + out());
		assertEquals(bindings(demo), bindings(copy));
		assertEquals(CliCommand.OK, cli("import", "nodeset", xml.toString(), "--into", copy.toString()), err());
		assertTrue(out().contains("nothing to change"), out());
	}

	@Test
	void theServedPlantComesInFromTheServerWithTheSameBindings() throws Exception {
		Path demo = demo("served");
		Path copy = dir.resolve("from-server.twin");
		assertEquals(CliCommand.OK,
				cli("import", "server", sim.endpointUrl(), "--node",
						"nsu=" + DemoPlant.NAMESPACE_URI + ";s=Riverside Water Works", "--into", copy.toString(),
						"--trust", sim.certificateThumbprint(), "--pki", clientPki.toString()),
				err() + out());
		assertEquals(bindings(demo), bindings(copy));

		assertEquals(CliCommand.FAILED, cli("import", "server", sim.endpointUrl(), "--node", "nsu=urn:nowhere;s=x",
				"--into", copy.toString(), "--trust", sim.certificateThumbprint(), "--pki", clientPki.toString()));
		assertTrue(err().contains("nsu=urn:nowhere;s=x"), err());
		assertFalse(err().isBlank());
	}

	@Test
	void theVirtualPlantServesAnExportedNodeSetAndItsServerGivesThePlantBack() throws Exception {
		Path demo = demo("to-serve");
		Path xml = dir.resolve("to-serve.xml");
		assertEquals(CliCommand.OK, cli("export", "nodeset", demo.toString(), xml.toString()), err());
		Path pki = dir.resolve("nodeset-client-pki");
		try (TestPlant served = TestPlant.in(dir.resolve("nodeset-sim")).serving(() -> {
			try {
				return NodeSetPlant.read(xml);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).trustClientOf(pki)) {
			VirtualPlant fromNodeSet = served.start();
			Path copy = dir.resolve("served-from-nodeset.twin");
			assertEquals(CliCommand.OK, cli("import", "server", fromNodeSet.endpointUrl(), "--node",
					// the plant read from a NodeSet2 file alone is named after the file
					"nsu=" + DemoPlant.NAMESPACE_URI + ";s=to-serve", "--into", copy.toString(), "--trust",
					fromNodeSet.certificateThumbprint(), "--pki", pki.toString()), err() + out());
			assertEquals(bindings(demo), bindings(copy), "the plant served from its NodeSet2 is the plant");
		}
	}

	/** Tag → node id of every binding in the file. */
	private static Map<String, String> bindings(Path file) {
		Plant plant = PlantFiles.load(file).plant();
		Map<String, String> bound = new TreeMap<>();
		for (Binding binding : plant.getTwin().getBindings()) {
			bound.put(binding.getSignal().getTag(), binding.getNodeId());
		}
		return bound;
	}
}
