// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.server.ImportProgress;
import org.twinworks.interop.server.ServerImportOptions;
import org.twinworks.interop.server.ServerImporter;
import org.twinworks.live.BrowseTree;
import org.twinworks.live.LiveSession;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * How long importing a served plant takes: the demo plant and a synthetic plant served by the virtual plant on 127.0.0.1, each
 * next to what the browse command's depth-first walk (one Browse call per object, no attributes) takes in the same
 * run on the same tree.
 */
class ServerImportBenchmark {
	@TempDir
	Path directory;

	@Test
	void importingTheDemoPlantsServer() throws Exception {
		figures("demo plant", () -> TestPlant.demoPlant(directory, "served"), 3);
	}

	@Test
	void importingASyntheticPlantsServer() throws Exception {
		figures("synthetic plant (20,000 elements)", () -> SyntheticPlants.create(20_000, 15), 1);
	}

	private void figures(String what, Supplier<Plant> plants, int runs) throws Exception {
		LiveClient client = new LiveClient(directory);
		try (TestPlant served = TestPlant.in(directory).trustClientOf(client.pki()).serving(plants)) {
			served.start();
			client.trust(served.sim());
			Plant plant = served.served();
			String root = NodeIds.format(plant.getNamespaceUri(), plant.getName());
			Plant model = client.demoPlant("client", served.sim());
			try (LiveSession session = client.connect(model, event -> {
			})) {
				ImportDraft draft = null;
				long best = Long.MAX_VALUE;
				for (int run = 0; run <= runs; run++) { // run 0 warms up
					long start = System.nanoTime();
					draft = new ServerImporter(session).read(root, ServerImportOptions.defaults(), ImportProgress.NONE);
					long took = System.nanoTime() - start;
					best = run == 0 ? best : Math.min(best, took);
				}
				long floorStart = System.nanoTime();
				BrowseTree tree = session.browser().tree(root, ServerImportOptions.DEFAULT_DEPTH, 1_000_000);
				long floor = System.nanoTime() - floorStart;
				assertEquals(List.of(), draft.warnings());
				assertEquals(served.sim().servedSignals(), draft.plant().getTwin().getBindings().size());
				Bench.print("server import, %s: %,d signals in %.3f s (best of %d)", what,
						draft.plant().getTwin().getBindings().size(), best / 1e9, runs);
				Bench.print("the browse command's walk of the same tree (%,d nodes with properties, no attributes): "
						+ "%.3f s", tree.entries().size(), floor / 1e9);
			}
		}
	}
}
