// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.benchmarks;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.twinworks.events.shadow.ShadowDetector;
import org.twinworks.events.shadow.ShadowProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * The shadows' set-up on synthetic plants of growing size (the events benchmark's plant is the largest): the time
 * {@link ShadowProvider#shadowsOf} takes to find each tank's pumps and valves along the pipes, with the plant's
 * tanks and pipes, so that growth faster than the plant's shows as a rising time per tank. Best of three runs after
 * one warm-up. Asserts nothing.
 */
class ShadowSetUpBenchmark {
	private static final int[] ELEMENTS = {25_000, 50_000, 100_000, 200_000};

	@Test
	void shadowSetUpFigures() {
		for (int elements : ELEMENTS) {
			Plant plant = SyntheticPlants.create(elements, 7);
			long tanks = 0;
			for (var it = plant.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof Equipment e && e.getKind() == EquipmentKind.TANK) {
					tanks++;
				}
			}
			ShadowProvider provider = new ShadowProvider();
			List<ShadowDetector> shadows = provider.shadowsOf(plant);
			long best = Long.MAX_VALUE;
			for (int run = 0; run < 3; run++) {
				long t0 = System.nanoTime();
				shadows = provider.shadowsOf(plant);
				best = Math.min(best, System.nanoTime() - t0);
			}
			System.out.println(String.format(Locale.ROOT,
					"shadow set-up: %,d elements, %,d tanks, %,d pipes, %,d shadows: %.1f ms (%.1f us per tank)",
					elements, tanks, plant.getConnections().size(), shadows.size(), best / 1e6,
					tanks == 0 ? 0 : best / 1e3 / tanks));
		}
	}
}
