// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.engine.RunSummary;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Verdict;

class HealthyCampaignTest {
	@TempDir
	Path dir;

	@Test
	void theWholeAutomatedCampaignPassesOnAHealthyDemoPlant() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			Campaign campaign = live.plan(PlanOptions.wholePlant());
			long started = System.nanoTime();
			RunSummary summary = live.run(campaign, campaign.getChecks(), Duration.ofMinutes(30), EvidenceSink.NONE);
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			String failures = campaign.getChecks().stream().filter(c -> c.getState() != CheckState.PASSED)
					.map(c -> c.getState() + " " + c.getId() + " " + c.getTitle() + ": " + c.getReason() + " "
							+ c.getSteps().stream().filter(s -> s.getVerdict() != Verdict.PASS)
									.map(s -> s.getName() + " observed " + s.getObserved() + " (" + s.getNote() + ")")
									.collect(Collectors.joining("; ")))
					.collect(Collectors.joining("\n"));
			System.out.println("demo campaign: " + summary + " in " + seconds + " s");
			assertEquals(campaign.getChecks().size(), summary.passed(), failures);
			assertTrue(campaign.getSessions().get(0).getServerThumbprint() != null);
			assertEquals(List.of(),
					campaign.getChecks().stream()
							.filter(c -> c.getSteps().stream().anyMatch(s -> s.getEvidence().isEmpty()))
							.map(c -> c.getId()).toList(),
					"every step keeps its evidence");
		}
	}
}
