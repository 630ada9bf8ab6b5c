// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.nodeset.export.ExportOptions;
import org.twinworks.interop.nodeset.export.ExportSummary;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * NodeSet2 export of the 100,000-element synthetic plant (target ≤ 5 s), beside the JDK's StAX writer alone writing
 * as many nodes to a file in the same run.
 */
class NodeSetExportBenchmark {
	static final ExportOptions OPTIONS = ExportOptions.of(Instant.parse("2026-12-01T00:00:00Z"));
	private static final int ROUNDS = 3;

	@TempDir
	Path dir;

	@Test
	void hundredThousandElementPlant() throws Exception {
		Plant plant = SyntheticPlants.create(100_000, 7);
		Path target = dir.resolve("synthetic-100k.NodeSet2.xml");
		ExportSummary summary = NodeSetExporter.export(plant, target, OPTIONS); // warm-up
		double first = 0;
		double best = Double.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			summary = NodeSetExporter.export(plant, target, OPTIONS);
			double seconds = Bench.seconds(start);
			first = round == 0 ? seconds : first;
			best = Math.min(best, seconds);
		}
		assertEquals(List.of(), summary.warnings());
		Path floorFile = dir.resolve("floor.xml");
		double floor = Double.MAX_VALUE;
		for (int round = 0; round <= ROUNDS; round++) { // the first round warms up
			double seconds = RawStaxFloor.seconds(floorFile, summary.nodes());
			floor = round == 0 ? floor : Math.min(floor, seconds);
		}
		Bench.print(
				"nodeset export of the 100k-element synthetic plant: %.3f s best of %d after a warm-up (%.3f s the "
						+ "first; target ≤ 5 s): %,d nodes (%,d object types, %,d objects, %,d variables), %.1f MB",
				best, ROUNDS, first, summary.nodes(), summary.objectTypes(), summary.objects(), summary.variables(),
				Files.size(target) / 1e6);
		Bench.print("raw StAX writer, the same %,d nodes: %.3f s, %.1f MB", summary.nodes(), floor,
				Files.size(floorFile) / 1e6);
	}
}
