// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXSerializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.MetamodelContentType;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSerializer;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aas.AasExporter;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * AAS export of 5,000 equipment with their signals to JSON and AASX (target ≤ 5 s each), beside the floor: AAS4J's own
 * serializers writing the already built Environment straight to a file in the same run (no mapping from the plant, no
 * atomic replace).
 */
class AasBenchmark {
	private static final int ROUNDS = 3;

	@TempDir
	Path dir;

	@Test
	void fiveThousandEquipment() throws Exception {
		Plant plant = SyntheticPlants.create(5_000 * 17, 7);
		Path json = dir.resolve("synthetic.json");
		Path aasx = dir.resolve("synthetic.aasx");
		int shells = AasExporter.write(json, plant, List.of()); // warm-up
		AasExporter.write(aasx, plant, List.of());
		assertTrue(shells >= 5_000, shells + " shells");

		double mapping = Double.MAX_VALUE;
		double toJson = Double.MAX_VALUE;
		double toAasx = Double.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			AasExporter.environment(plant, List.of());
			mapping = Math.min(mapping, Bench.seconds(start));
			start = System.nanoTime();
			AasExporter.write(json, plant, List.of());
			toJson = Math.min(toJson, Bench.seconds(start));
			start = System.nanoTime();
			AasExporter.write(aasx, plant, List.of());
			toAasx = Math.min(toAasx, Bench.seconds(start));
		}

		Environment environment = AasExporter.environment(plant, List.of());
		Path rawJson = dir.resolve("raw.json");
		Path rawAasx = dir.resolve("raw.aasx");
		double floorJson = Double.MAX_VALUE;
		double floorAasx = Double.MAX_VALUE;
		for (int round = 0; round <= ROUNDS; round++) { // the first round warms up
			long start = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(rawJson)) {
				new JsonSerializer().write(out, environment);
			}
			double seconds = Bench.seconds(start);
			floorJson = round == 0 ? floorJson : Math.min(floorJson, seconds);
			start = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(rawAasx)) {
				new AASXSerializer().write(environment, List.of(), out, MetamodelContentType.JSON);
			}
			seconds = Bench.seconds(start);
			floorAasx = round == 0 ? floorAasx : Math.min(floorAasx, seconds);
		}
		int signals = environment.getSubmodels().stream().filter(s -> "OperationalData".equals(s.getIdShort()))
				.mapToInt(s -> s.getSubmodelElements().size()).sum();
		Bench.print(
				"aas export of %,d equipment (%,d signals): JSON %.3f s (%.1f MB), AASX %.3f s (%.1f MB), best of %d"
						+ " (target ≤ 5 s each); of which mapping the plant %.3f s",
				shells, signals, toJson, Files.size(json) / 1e6, toAasx, Files.size(aasx) / 1e6, ROUNDS, mapping);
		Bench.print("aas4j alone writing the same environment: JSON %.3f s, AASX %.3f s", floorJson, floorAasx);
	}
}
