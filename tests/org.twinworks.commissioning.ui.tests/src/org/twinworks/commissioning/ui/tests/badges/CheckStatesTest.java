// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.ui.badges.CheckStates;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * The badges kept up to date check by check during a run are the badges worked out from scratch: states changed,
 * checks made obsolete, the campaign replaced.
 */
class CheckStatesTest {
	private final Plant plant = DemoPlant
			.createIn(PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("demo.twin")));
	private final Campaign campaign = plan();

	private Campaign plan() {
		return new CampaignPlanner(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)).plan(plant,
				"demo.twin", "hash", PlanOptions.wholePlant());
	}

	@Test
	void stateChangesUpdateOnlyTheirElementsAndAgreeWithAFreshComputation() {
		CheckStates kept = new CheckStates();
		kept.update(campaign, plant);
		Random random = new Random(7);
		List<CheckState> states = List.of(CheckState.PASSED, CheckState.FAILED, CheckState.IN_PROGRESS,
				CheckState.BLOCKED, CheckState.SKIPPED, CheckState.NOT_STARTED);
		for (int round = 0; round < 40; round++) {
			Check check = campaign.getChecks().get(random.nextInt(campaign.getChecks().size()));
			CheckState state = states.get(random.nextInt(states.size()));
			boolean differs = check.getState() != state;
			CheckStates before = fresh();
			check.setState(state);
			Set<EObject> changed = kept.update(campaign, plant);
			CheckStates after = fresh();
			assertSameBadges(after, kept);
			for (EObject element : after.elements()) {
				assertEquals(!after.of(element).equals(before.of(element)), changed.contains(element),
						"round " + round + ": " + element + " reported as changed only when its badge changed");
			}
			if (!differs) {
				assertTrue(changed.isEmpty());
			}
		}
	}

	@Test
	void aCheckMadeObsoleteOrANewCampaignIsWorkedOutAgain() {
		CheckStates kept = new CheckStates();
		kept.update(campaign, plant);
		Check check = campaign.getChecks().get(0);
		check.setState(CheckState.FAILED);
		kept.update(campaign, plant);
		check.setObsolete(true);
		assertFalse(kept.update(campaign, plant).isEmpty(), "the obsolete check's elements lose its failure");
		assertSameBadges(fresh(), kept);
		Campaign other = plan();
		other.getChecks().get(1).setState(CheckState.PASSED);
		kept.update(other, plant);
		CheckStates expected = new CheckStates();
		expected.update(other, plant);
		assertSameBadges(expected, kept);
		assertTrue(kept.update(null, plant).size() > 0 && kept.elements().isEmpty());
	}

	private CheckStates fresh() {
		CheckStates states = new CheckStates();
		states.update(campaign, plant);
		return states;
	}

	private static void assertSameBadges(CheckStates expected, CheckStates actual) {
		assertEquals(expected.elements(), actual.elements());
		for (EObject element : expected.elements()) {
			assertEquals(expected.of(element), actual.of(element), element.toString());
		}
	}
}
