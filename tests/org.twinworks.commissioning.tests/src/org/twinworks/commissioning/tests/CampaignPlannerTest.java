// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Step;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

class CampaignPlannerTest {
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path dir;

	static Plant demo() {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("demo.twin"));
		return DemoPlant.createIn(resource);
	}

	static Campaign plan(Plant plant, PlanOptions options) {
		return new CampaignPlanner(CLOCK).plan(plant, "demo.twin", "hash", options);
	}

	static Map<CheckKind, Long> counts(Campaign campaign) {
		return campaign.getChecks().stream().collect(Collectors.groupingBy(Check::getKind, Collectors.counting()));
	}

	@Test
	void theDemoPlantGetsACheckPerBoundSignalLoopAlarmLimitAndInterlock() {
		Plant plant = demo();
		Campaign campaign = plan(plant, PlanOptions.wholePlant());
		long bound = plant.getTwin().getBindings().stream().filter(b -> b.isActive()).count();
		long limits = plant.getTwin().getBindings().stream().filter(b -> b.isActive())
				.mapToLong(b -> b.getSignal().getAlarmLimits().size()).sum();
		Map<CheckKind, Long> counts = counts(campaign);
		assertEquals(bound, counts.get(CheckKind.IO));
		assertEquals(6, counts.get(CheckKind.LOOP));
		assertEquals(limits, counts.get(CheckKind.ALARM));
		assertEquals(2, counts.get(CheckKind.INTERLOCK));
		assertFalse(counts.containsKey(CheckKind.RANGE), "out-of-range checks are optional");
		assertEquals("hash", campaign.getPlantHash());
	}

	@Test
	void aLoopCheckStepsItsFinalElementsFeedbackThroughFiveAsFoundPoints() {
		Campaign campaign = plan(demo(), PlanOptions.wholePlant());
		Check loop = campaign.getChecks().stream().filter(c -> "FIC-101".equals(c.getTag())).findFirst().orElseThrow();
		List<String> actions = loop.getSteps().stream().map(Step::getAction).toList();
		assertEquals(List.of("loop-step:0.00", "loop-step:0.25", "loop-step:0.50", "loop-step:0.75", "loop-step:1.00",
				"loop-action"), actions);
		assertTrue(loop.getSteps().get(2).getName().contains("FCV-101.POS"), loop.getSteps().get(2).getName());
		assertEquals("FCV-101", loop.getEquipment());
		assertEquals(0.5, StepAction.fractionOf(loop.getSteps().get(2).getAction(), -1));
	}

	@Test
	void anOutputIsWrittenInItsHotCheckAndAnInputIsStimulated() {
		Campaign campaign = plan(demo(), PlanOptions.wholePlant());
		Map<String, Check> io = campaign.getChecks().stream().filter(c -> c.getKind() == CheckKind.IO)
				.collect(Collectors.toMap(Check::getTag, Function.identity()));
		assertEquals(List.of("cold", "write:0.00", "write:0.50", "write:1.00"),
				io.get("FCV-101.OUT").getSteps().stream().map(Step::getAction).toList());
		assertEquals(List.of("cold", "good-in-range", "stimulate"),
				io.get("FT-101.PV").getSteps().stream().map(Step::getAction).toList());
		assertTrue(io.get("FT-101.PV").getSteps().get(2).isManual());
	}

	@Test
	void scopeAndKindsNarrowThePlanAndAnUnknownScopeIsNamed() {
		Plant plant = demo();
		Campaign pumping = plan(plant, new PlanOptions(List.of("P-101"), Set.of(CheckKind.IO, CheckKind.INTERLOCK)));
		assertTrue(
				pumping.getChecks().stream()
						.allMatch(c -> c.getKind() == CheckKind.IO
								? c.getTag().startsWith("P-101") || c.getTag().startsWith("M-101")
								: c.getTag().equals("IS-101")),
				pumping.getChecks().stream().map(Check::getTag).toList().toString());
		assertEquals(1, counts(pumping).get(CheckKind.INTERLOCK));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> plan(plant, new PlanOptions(List.of("P-101", "NOPE-9"), Set.of())));
		assertTrue(error.getMessage().contains("NOPE-9") && !error.getMessage().contains("P-101"), error.getMessage());
	}

	@Test
	void theSamePlantPlansTheSameChecksAndSavesToTheSameBytes() throws Exception {
		Campaign first = plan(demo(), PlanOptions.wholePlant());
		Campaign second = plan(demo(), PlanOptions.wholePlant());
		second.setId(first.getId());
		assertArrayEquals(CommissioningFiles.bytes(CommissioningFiles.newRecord(dir.resolve("a.twincx"), first)),
				CommissioningFiles.bytes(CommissioningFiles.newRecord(dir.resolve("b.twincx"), second)));
	}

	@Test
	void thePreviewCountsWithoutBuildingAreThePlansCounts() {
		Plant plant = demo();
		for (PlanOptions options : List.of(new PlanOptions(List.of(), EnumSet.allOf(CheckKind.class)),
				PlanOptions.wholePlant(), new PlanOptions(List.of("P-101"), Set.of(CheckKind.IO, CheckKind.INTERLOCK)),
				new PlanOptions(List.of("P-101", "FIC-101"), EnumSet.allOf(CheckKind.class)))) {
			Map<CheckKind, Long> planned = counts(plan(plant, options));
			Map<CheckKind, Integer> previewed = CampaignPlanner.counts(plant, options);
			assertEquals(options.kinds(), previewed.keySet(), "every kind asked for is counted, zero or not");
			for (CheckKind kind : options.kinds()) {
				assertEquals(planned.getOrDefault(kind, 0L).intValue(), previewed.get(kind), kind + " in " + options);
			}
			assertTrue(previewed.values().stream().mapToInt(Integer::intValue).sum() > 0, options.toString());
		}
		assertThrows(IllegalArgumentException.class,
				() -> CampaignPlanner.counts(plant, new PlanOptions(List.of("NOPE-9"), Set.of(CheckKind.IO))));
	}
}
