// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * `twinworks export aml` and `import aml` with real files: the demo plant out as CAEX 3.0 and into a new plant file
 * with the same hierarchy, re-import changing nothing, a dry run and a broken link leaving the file as it was.
 */
class AmlCommandTest extends ServedPlantCliTest {
	@Test
	void amlOutAndBackInGivesTheSameHierarchyAndReimportingChangesNothing() throws Exception {
		Path demo = demo("aml-demo");
		Path aml = dir.resolve("plant.aml");
		assertEquals(CliCommand.OK, cli("export", "aml", demo.toString(), aml.toString()), err());
		assertTrue(Files.readString(aml).contains("xmlns=\"http://www.dke.de/CAEX\""));
		Path copy = dir.resolve("from-aml.twin");
		assertEquals(CliCommand.OK, cli("import", "aml", aml.toString(), "--into", copy.toString()), err() + out());
		assertTrue(out().contains("does not exist: a new plant") && out().contains("wrote "), out());
		assertEquals(hierarchy(demo), hierarchy(copy));

		byte[] imported = Files.readAllBytes(copy);
		assertEquals(CliCommand.OK, cli("import", "aml", aml.toString(), "--into", copy.toString()), err());
		assertTrue(out().contains("nothing to change"), out());
		assertArrayEquals(imported, Files.readAllBytes(copy));
	}

	@Test
	void aDryRunChangesNothingAndABrokenLinkImportsNothing() throws Exception {
		Path demo = demo("aml-dry");
		Path aml = dir.resolve("plant.aml");
		assertEquals(CliCommand.OK, cli("export", "aml", demo.toString(), aml.toString()), err());
		Path target = dir.resolve("target.twin");
		assertEquals(CliCommand.OK, cli("import", "aml", aml.toString(), "--into", target.toString()), err());
		byte[] before = Files.readAllBytes(target);
		assertEquals(CliCommand.OK, cli("import", "aml", aml.toString(), "--into", target.toString(), "--dry-run"),
				err());
		assertTrue(out().contains("dry run"), out());
		assertArrayEquals(before, Files.readAllBytes(target));

		List<String> lines = Files.readAllLines(aml);
		int link = 0;
		while (!lines.get(link).contains("<InternalLink")) {
			link++;
		}
		lines.set(link, lines.get(link).replaceFirst("RefPartnerSideB=\"[^\"]*\"", "RefPartnerSideB=\"nobody:x\""));
		Files.write(aml, lines);
		assertEquals(CliCommand.FAILED, cli("import", "aml", aml.toString(), "--into", target.toString()), out());
		assertTrue(err().contains("plant.aml:" + (link + 1) + ":") && err().contains("nothing imported"), err());
		assertArrayEquals(before, Files.readAllBytes(target));
	}

	/** Area, work centre, unit and equipment names in order, with the equipment's tags and signal counts. */
	private static List<String> hierarchy(Path file) {
		Plant plant = PlantFiles.load(file).plant();
		List<String> names = new ArrayList<>();
		plant.eAllContents().forEachRemaining(e -> {
			if (e instanceof Equipment equipment) {
				names.add(equipment.getTag() + " " + equipment.getName() + " ports=" + equipment.getPorts().size()
						+ " signals=" + equipment.getSignals().size());
			} else if (e instanceof org.twinworks.model.EquipmentHolder holder) {
				names.add(holder.eClass().getName() + " " + holder.getName());
			}
		});
		names.add("connections=" + plant.getConnections().size());
		return names;
	}
}
