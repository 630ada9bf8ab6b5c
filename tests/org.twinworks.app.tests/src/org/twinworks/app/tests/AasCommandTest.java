// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.junit.jupiter.api.Test;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.interop.aas.AasExporter;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * `twinworks export aas` with real files: the demo plant as AAS JSON and AASX read back by AAS4J equal to the
 * exporter's environment, a scope narrowing it, and an unknown extension or a scope matching nothing refused with
 * nothing written.
 */
class AasCommandTest extends ServedPlantCliTest {
	@Test
	void theDemoPlantAsJsonAndAasxReadsBackWithAShellPerEquipment() throws Exception {
		Path demo = demo("aas-demo");
		Plant plant = PlantFiles.load(demo).plant();
		Environment expected = AasExporter.environment(plant, List.of());
		long equipment = count(plant);

		Path json = dir.resolve("plant.json");
		assertEquals(CliCommand.OK, cli("export", "aas", demo.toString(), json.toString()), err());
		assertTrue(out().contains("wrote " + json + ": " + equipment + " asset administration shells"), out());
		try (InputStream in = Files.newInputStream(json)) {
			assertEquals(expected, new JsonDeserializer().read(in, Environment.class));
		}
		Path aasx = dir.resolve("plant.aasx");
		assertEquals(CliCommand.OK, cli("export", "aas", demo.toString(), aasx.toString()), err());
		try (InputStream in = Files.newInputStream(aasx)) {
			assertEquals(expected, new AASXDeserializer(in).read());
		}
	}

	@Test
	void aScopeNarrowsTheExportAndOneThatMatchesNothingIsRefused() throws Exception {
		Path demo = demo("aas-scope");
		Plant plant = PlantFiles.load(demo).plant();
		String area = plant.getAreas().get(0).getName();
		Path json = dir.resolve("scoped.json");
		assertEquals(CliCommand.OK, cli("export", "aas", demo.toString(), json.toString(), "--scope", area), err());
		long inArea = count(plant.getAreas().get(0));
		assertTrue(inArea > 0 && inArea < count(plant), "the first area holds some, not all, of the equipment");
		assertTrue(out().contains(": " + inArea + " asset administration shells"), out());

		Path none = dir.resolve("none.json");
		assertEquals(CliCommand.FAILED,
				cli("export", "aas", demo.toString(), none.toString(), "--scope", "No such area"), out());
		assertTrue(err().contains("No such area") && err().contains("matches no area"), err());
		assertFalse(Files.exists(none));
	}

	@Test
	void anUnknownExtensionIsAUsageError() throws Exception {
		Path demo = demo("aas-ext");
		Path xml = dir.resolve("plant.xml");
		assertEquals(CliCommand.FAILED, cli("export", "aas", demo.toString(), xml.toString()), out());
		assertTrue(err().contains(".aasx or .json"), err());
		assertFalse(Files.exists(xml));
	}

	private static long count(org.eclipse.emf.ecore.EObject root) {
		long[] n = {0};
		root.eAllContents().forEachRemaining(e -> n[0] += e instanceof Equipment ? 1 : 0);
		return n[0];
	}
}
