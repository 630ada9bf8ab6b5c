// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;

/**
 * Planning a campaign for a plant of 20,000 signals (target: at most 2 s), next to the raw library in the same run:
 * one walk over the same plant with EMF's own tree iterator, the floor of anything that looks at every element.
 */
class PlanBenchmark {
	private static final int SIGNALS = 20_000;
	private static final int ROUNDS = 5;

	@TempDir
	Path dir;

	@Test
	void planningTwentyThousandSignalsAgainstWalkingThePlant() throws Exception {
		Plant plant = plantWith(SIGNALS);
		int signals = count(plant);
		double best = Double.MAX_VALUE;
		double walk = Double.MAX_VALUE;
		Campaign campaign = null;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			campaign = new CampaignPlanner(Clock.systemUTC()).plan(plant, "plant.twin", "hash",
					PlanOptions.wholePlant());
			best = Math.min(best, seconds(start));
			start = System.nanoTime();
			count(plant);
			walk = Math.min(walk, seconds(start));
		}
		long start = System.nanoTime();
		int bytes = CommissioningFiles
				.bytes(CommissioningFiles.newRecord(dir.resolve("plant.twincx"), campaign)).length;
		double save = seconds(start);
		print("plan: %,d signals → %,d checks in %.3f s (best of %d; target ≤ 2 s)", signals,
				campaign.getChecks().size(), best, ROUNDS);
		print("raw EMF walk over the same plant: %.3f s", walk);
		print("record of the plan serialised: %.1f MB in %.3f s", bytes / 1e6, save);
	}

	private static Plant plantWith(int signals) {
		for (int elements = signals * 5;; elements += signals) {
			Plant synthetic = SyntheticPlants.create(elements, 42);
			if (count(synthetic) >= signals) {
				Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("plant.twin"));
				resource.getContents().add(synthetic);
				return synthetic;
			}
		}
	}

	private static int count(Plant plant) {
		int signals = 0;
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal) {
				signals++;
			}
		}
		return signals;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(Locale.ROOT, format, args));
	}
}
