// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.engine.AsLeft;
import org.twinworks.commissioning.engine.CampaignRunner;
import org.twinworks.commissioning.engine.RunSummary;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.sim.Fault;

class CampaignRunTest {
	@TempDir
	Path dir;

	@Test
	void faultsFailExactlyTheirChecksWithTheEvidenceOfWhatWentWrong() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			live.sim.inject("PT-101.PV", Fault.stuck());
			live.sim.inject("AT-401.PV", Fault.offline());
			live.sim.inject("FCV-101.POS", Fault.jammed(0.4));
			live.sim.failTrip("IS-101", true);
			long injected = live.sim.ticks();
			while (live.sim.ticks() < injected + 3) {
				Thread.sleep(50); // the faults act from the plant's next ticks on
			}
			Campaign campaign = live.plan(
					new PlanOptions(List.of("PT-101", "AT-401", "FT-101", "FIC-101", "IS-101", "IS-501", "TT-401"),
							Set.of(CheckKind.IO, CheckKind.LOOP, CheckKind.INTERLOCK)));
			RunSummary summary = live.run(campaign, campaign.getChecks(), Duration.ofMinutes(10), EvidenceSink.NONE);

			Map<String, CheckState> states = new TreeMap<>();
			campaign.getChecks().forEach(c -> states.put(c.getKind().getLiteral() + " " + c.getTag(), c.getState()));
			Set<String> failed = states.entrySet().stream().filter(e -> e.getValue() == CheckState.FAILED)
					.map(Map.Entry::getKey).collect(Collectors.toSet());
			String reasons = campaign.getChecks().stream()
					.map(c -> c.getTag() + ": " + c.getState() + " " + c.getReason()).collect(Collectors.joining("\n"));
			assertEquals(Set.of("io PT-101.PV", "io AT-401.PV", "loop FIC-101", "interlock IS-101"), failed, reasons);
			assertEquals(states.size() - 4, summary.passed(), states.toString());

			Step offline = step(campaign, "AT-401.PV", "good-in-range");
			assertEquals(Verdict.FAIL, offline.getVerdict(), check(campaign, "AT-401.PV", CheckKind.IO).getSteps()
					.stream()
					.map(s -> s.getAction() + "=" + s.getVerdict() + " " + s.getObserved() + " " + s.getNote() + " "
							+ s.getEvidence().stream()
									.map(o -> o.getValue() + "/" + o.getStatus() + "@" + o.getSourceTime()).toList())
					.toList().toString());
			Observation shown = offline.getEvidence().get(offline.getEvidence().size() - 1);
			assertTrue(shown.getStatus().contains("Bad_NoCommunication"), shown.getStatus());

			Step stuck = step(campaign, "PT-101.PV", "stimulate");
			assertEquals(Verdict.FAIL, stuck.getVerdict());
			assertTrue(stuck.getNote().contains("no change"), stuck.getNote());

			Check loop = check(campaign, "FIC-101", CheckKind.LOOP);
			List<Verdict> verdicts = loop.getSteps().stream().limit(5).map(Step::getVerdict).toList();
			assertEquals(List.of(Verdict.PASS, Verdict.PASS, Verdict.FAIL, Verdict.FAIL, Verdict.FAIL), verdicts,
					loop.getSteps().stream().map(s -> s.getName() + "=" + s.getObserved()).toList().toString());
			Step half = loop.getSteps().get(2);
			assertEquals(40, Double.parseDouble(half.getObserved()), 1.0, "the as-found position where it jams");
			Observation feedback = half.getEvidence().stream().filter(o -> "feedback".equals(o.getRole())).findFirst()
					.orElseThrow();
			assertEquals("FCV-101.POS", feedback.getTag());
			assertNotNull(feedback.getSourceTime());
			assertNotNull(feedback.getSession().getServerThumbprint());

			live.sim.clear("FCV-101.POS"); // the valve is freed: the adjustment
			assertEquals(6, AsLeft.request(loop), "the five steps and the action");
			live.newSession();
			live.run(campaign, List.of(loop), Duration.ofMinutes(10), EvidenceSink.NONE);
			List<Step> asLeft = loop.getSteps().stream().filter(s -> s.getPhase() == Phase.AS_LEFT).toList();
			assertEquals(List.of(Verdict.PASS, Verdict.PASS, Verdict.PASS, Verdict.PASS, Verdict.PASS, Verdict.PASS),
					asLeft.stream().map(Step::getVerdict).toList(), asLeft.stream()
							.map(s -> s.getName() + "=" + s.getObserved() + " " + s.getNote()).toList().toString());
			assertEquals(Verdict.FAIL, half.getVerdict(), "the as-found value is kept beside the as-left one");
			assertEquals(40, Double.parseDouble(half.getObserved()), 1.0);

			Step trip = step(campaign, "IS-101", "interlock-trip");
			assertEquals(Verdict.FAIL, trip.getVerdict());
			assertTrue(trip.getNote().contains("did not act"), trip.getNote());
			assertEquals(Verdict.PASS, step(campaign, "IS-501", "interlock-trip").getVerdict());
		}
	}

	@Test
	void nothingIsWrittenUnlessTheRunIsArmed() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			Campaign campaign = live
					.plan(new PlanOptions(List.of("FCV-101", "FIC-101"), Set.of(CheckKind.IO, CheckKind.LOOP)));
			Object modeBefore = live.session.read(nodeOf(live, "FIC-101.MODE")).value();
			RunSummary summary = live.run(campaign, campaign.getChecks(), Duration.ZERO, EvidenceSink.NONE);

			assertEquals(0, summary.failed());
			Check output = check(campaign, "FCV-101.OUT", CheckKind.IO);
			assertEquals(CheckState.IN_PROGRESS, output.getState(), output.getReason());
			assertTrue(output.getReason().contains("not armed"), output.getReason());
			assertEquals(CheckState.BLOCKED, check(campaign, "FIC-101", CheckKind.LOOP).getState());
			assertFalse(Files.exists(dir.resolve("writes.log")), "no write was even attempted");
			assertEquals(modeBefore, live.session.read(nodeOf(live, "FIC-101.MODE")).value(),
					"the loop was never put in manual");
		}
	}

	@Test
	void anInputBeyondItsRangeShowsAsNotGoodAfterNamurNe43() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			Campaign campaign = live.plan(new PlanOptions(List.of("TT-401"), Set.of(CheckKind.RANGE)));
			assertEquals(1, campaign.getChecks().size());
			live.run(campaign, campaign.getChecks(), Duration.ZERO, EvidenceSink.NONE);
			Check range = campaign.getChecks().get(0);
			assertEquals(CheckState.PASSED, range.getState(),
					range.getSteps().stream().map(s -> s.getObserved() + " " + s.getNote()).toList().toString());
			assertTrue(range.getSteps().get(0).getEvidence().get(0).getStatus().startsWith("Uncertain"),
					range.getSteps().get(0).getEvidence().get(0).getStatus());
		}
	}

	@Test
	void aCancelledRunStopsAtTheNextWaitAndLeavesItsChecksInProgress() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			Campaign campaign = live.plan(new PlanOptions(List.of("FIC-101", "LIC-101"), Set.of(CheckKind.LOOP)));
			CampaignRunner runner = live.runner(campaign, Duration.ofMinutes(10));
			java.util.concurrent.CompletableFuture<RunSummary> run = java.util.concurrent.CompletableFuture
					.supplyAsync(() -> live.run(runner, campaign, campaign.getChecks(), Duration.ofMinutes(10)));
			Thread.sleep(4_000);
			runner.pause();
			Thread.sleep(1_000);
			runner.cancel();
			RunSummary summary = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
			assertTrue(summary.cancelled());
			assertEquals(0, summary.passed() + summary.failed());
			assertTrue(campaign.getChecks().stream().anyMatch(
					c -> c.getState() == CheckState.IN_PROGRESS && "the run was cancelled".equals(c.getReason())));
			assertEquals(1, ((Number) live.session.read(nodeOf(live, "FIC-101.MODE")).value()).intValue(),
					"the loop is given back in Auto");
		}
	}

	static String nodeOf(LiveCampaign live, String tag) {
		return live.plant.getTwin().getBindings().stream().filter(b -> tag.equals(b.getSignal().getTag())).findFirst()
				.orElseThrow().getNodeId();
	}

	static Check check(Campaign campaign, String tag, CheckKind kind) {
		return campaign.getChecks().stream().filter(c -> c.getKind() == kind && tag.equals(c.getTag())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " check of " + tag));
	}

	static Step step(Campaign campaign, String tag, String action) {
		return campaign.getChecks().stream().filter(c -> tag.equals(c.getTag())).flatMap(c -> c.getSteps().stream())
				.filter(s -> s.getAction().startsWith(action)).findFirst()
				.orElseThrow(() -> new AssertionError("no step " + action + " of " + tag));
	}
}
