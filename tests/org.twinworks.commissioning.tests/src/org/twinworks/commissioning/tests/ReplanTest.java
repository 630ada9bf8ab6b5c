// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.Replanner;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

class ReplanTest {

	@Test
	void anAddedRemovedAndRenamedSignalMarkChecksObsoleteAndKeepEvidence() {
		Plant plant = CampaignPlannerTest.demo();
		Campaign campaign = CampaignPlannerTest.plan(plant,
				new PlanOptions(List.of("LT-101", "TT-401", "FT-101"), Set.of(CheckKind.IO)));
		Check level = byTag(campaign, "LT-101.PV");
		level.setState(CheckState.PASSED);
		level.getSteps().get(0).getEvidence().add(CommissioningFactory.eINSTANCE.createObservation());

		Signal renamed = signal(plant, "LT-101.PV");
		renamed.setTag("LT-101.LVL");
		Signal removed = signal(plant, "TT-401.PV");
		plant.getTwin().getBindings().removeIf(b -> b.getSignal() == removed);
		Binding template = plant.getTwin().getBindings().stream()
				.filter(b -> b.getSignal().getTag().equals("FT-101.PV")).findFirst().orElseThrow();
		Signal added = EcoreUtil.copy(template.getSignal());
		added.setTag("FT-101.TOT");
		template.getSignal().getEquipment().getSignals().add(added);
		Binding binding = EcoreUtil.copy(template);
		binding.setSignal(added);
		binding.setEndpoint(template.getEndpoint());
		plant.getTwin().getBindings().add(binding);

		Replanner.Result result = Replanner.replan(campaign, plant, "hash-2");
		assertEquals(new Replanner.Result(1, 1, 1, 1), result);
		assertTrue(level.isObsolete() && level.getObsoleteReason().contains("renamed LT-101.LVL"));
		assertEquals(CheckState.PASSED, level.getState());
		assertEquals(1, level.getSteps().get(0).getEvidence().size(), "evidence is kept");
		assertTrue(byTag(campaign, "TT-401.PV").isObsolete());
		Check fresh = byTag(campaign, "LT-101.LVL");
		assertFalse(fresh.isObsolete());
		assertEquals(level.getId() + "~2", fresh.getId());
		assertFalse(byTag(campaign, "FT-101.TOT").isObsolete());
		assertEquals("hash-2", campaign.getPlantHash());
		assertEquals(new Replanner.Result(0, 0, 0, 3), Replanner.replan(campaign, plant, "hash-2"),
				"re-planning an unchanged plant changes nothing");

		campaign.setState(CampaignState.APPROVED);
		assertThrows(IllegalStateException.class, () -> Replanner.replan(campaign, plant, "hash-3"));
	}

	@Test
	void checksWorkedOutBeforehandReplanOnlyWhenApplied() {
		Plant plant = CampaignPlannerTest.demo();
		Campaign campaign = CampaignPlannerTest.plan(plant,
				new PlanOptions(List.of("LT-101", "FT-101"), Set.of(CheckKind.IO)));
		int before = campaign.getChecks().size();
		signal(plant, "LT-101.PV").setTag("LT-101.LVL");

		List<Check> fresh = org.twinworks.commissioning.plan.CampaignPlanner.checks(plant, Replanner.options(campaign));
		assertEquals(before, campaign.getChecks().size(), "working out the checks leaves the campaign as it was");
		assertFalse(byTag(campaign, "LT-101.PV").isObsolete());
		assertEquals(new Replanner.Result(0, 1, 0, before - 1), Replanner.replan(campaign, fresh, "hash-2"));
		assertTrue(byTag(campaign, "LT-101.PV").isObsolete());
		assertEquals(List.of("LT-101", "FT-101"), Replanner.options(campaign).scope());
	}

	private static Check byTag(Campaign campaign, String tag) {
		return campaign.getChecks().stream().filter(c -> tag.equals(c.getTag())).findFirst().orElseThrow();
	}

	private static Signal signal(Plant plant, String tag) {
		return plant.getTwin().getBindings().stream().map(Binding::getSignal).filter(s -> tag.equals(s.getTag()))
				.findFirst().orElseThrow();
	}
}
