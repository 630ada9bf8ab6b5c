// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckRun;
import org.twinworks.commissioning.ui.check.CheckSubjects;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;

/**
 * Run in the Check view: an I/O check run by the engine on the plant editor's live connection to a real virtual plant
 * passes with its steps observed and saved, a stuck transmitter fails its check with the failing step's note, and a
 * cancelled run stops with what it recorded saved.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CheckRunTest {
	private static final Duration WAIT = Duration.ofSeconds(60);

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private EditorCampaign campaign;
	private CheckView view;
	private TestPlant served;
	private VirtualPlant sim;
	private EndpointConnection connection;

	@BeforeEach
	void planTheDemoAndServeIt() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		campaign = fixture.plan(CheckKind.IO);
		view = (CheckView) demo.page().showView(CheckView.ID);
		served = TestPlant.inTemporaryFolder("twinworks-check-run").trustClientOf(LiveConnections.get().pkiDirectory());
		sim = served.start();
		connection = fixture.redirectTo(sim);
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (view.activeRun() != null) {
			view.cancelRun();
			UiWait.until(() -> view.activeRun() == null, WAIT, "the run to end");
		}
		demo.page().hideView(view);
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, WAIT,
				"the live jobs to finish");
		served.close();
		fixture.deleteRecord();
	}

	@Test
	void anIoCheckRunOnTheLiveConnectionPassesWithItsStepsObservedAndSaved() throws Exception {
		Check check = show("FT-101.PV");
		assertFalse(view.run(), "not connected yet");
		assertTrue(view.messageText().contains("not connected"), view.messageText());
		assertEquals(CheckState.NOT_STARTED, reloaded(check).getState(), "a refused run changes nothing");

		connect();
		Button run = Widgets
				.find(view.steps().getControl().getParent(), Button.class, b -> CheckView.RUN.equals(b.getText()))
				.orElseThrow();
		assertTrue(run.isEnabled());
		assertTrue(view.run(), view.messageText());
		assertFalse(run.isEnabled(), "one run at a time");
		assertFalse(view.comment("while running"), "no edits by hand while the engine runs the check");
		awaitEnd();

		assertEquals("", view.messageText());
		Check saved = reloaded(check);
		assertEquals(CheckState.PASSED, saved.getState(), describe(saved));
		for (Step step : saved.getSteps()) {
			assertEquals(Verdict.PASS, step.getVerdict(), describe(saved));
		}
		assertFalse(saved.getSteps().get(1).getEvidence().isEmpty(), "the good value is kept as evidence");
		assertNotNull(saved.getSteps().get(2).getObserved(), describe(saved));
		assertTrue(view.factsText().contains("passed"), view.factsText());
		assertEquals("pass", view.steps().getTable().getItem(2).getText(6));
		assertTrue(run.isEnabled());
	}

	@Test
	void aStuckTransmitterFailsItsCheckWithTheFailingStepsNote() throws Exception {
		sim.inject("PT-101.PV", Fault.stuck());
		long injected = sim.ticks();
		UiWait.until(() -> sim.ticks() >= injected + 3, WAIT, "the fault to act");
		connect();
		Check check = show("PT-101.PV");

		assertTrue(view.run(), view.messageText());
		awaitEnd();

		Check saved = reloaded(check);
		assertEquals(CheckState.FAILED, saved.getState(), describe(saved));
		Step failed = saved.getSteps().stream().filter(s -> s.getVerdict() == Verdict.FAIL).findFirst().orElseThrow();
		assertTrue(failed.getNote().contains("no change"), failed.getNote());
		int row = saved.getSteps().indexOf(failed);
		assertEquals("fail", view.steps().getTable().getItem(row).getText(6));
		assertEquals(failed.getNote(), view.steps().getTable().getItem(row).getText(7), "the note shown in the view");
		assertTrue(view.factsText().contains("failed"), view.factsText());
	}

	@Test
	void cancellingARunStopsItAndSavesWhatItRecorded() throws Exception {
		connect();
		Check check = show("FT-101.PV");
		assertTrue(view.run(), view.messageText());
		view.pauseRun(); // held at its next wait, so the cancel reaches a running check
		UiWait.until(() -> reloaded(check).getState() == CheckState.IN_PROGRESS, WAIT,
				"the check to start and be saved");
		assertEquals(CheckState.IN_PROGRESS, check.getState());
		assertTrue(view.factsText().contains("in progress"), view.factsText());
		CheckRun running = view.activeRun();
		assertNotNull(running);

		view.cancelRun();
		awaitEnd();

		assertEquals(Job.NONE, running.job().getState());
		Check saved = reloaded(check);
		assertEquals(CheckState.IN_PROGRESS, saved.getState(), describe(saved));
		assertEquals("the run was cancelled", saved.getReason());
		assertTrue(saved.getSteps().stream().anyMatch(s -> s.getVerdict() == Verdict.PENDING), describe(saved));
		assertNotNull(saved.getFinished());
	}

	private void connect() {
		connection.connect();
		UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
	}

	private void awaitEnd() {
		UiWait.until(() -> view.activeRun() == null, WAIT, "the run to end (" + view.factsText() + ")");
	}

	private Check show(String tag) {
		Check check = CheckSubjects.checkFor(demo.signal(tag), campaign.campaign());
		assertNotNull(check);
		assertEquals(CheckKind.IO, check.getKind());
		view.show(campaign, check);
		return check;
	}

	private Check reloaded(Check check) {
		return fixture.reloaded(check);
	}

	private static String describe(Check check) {
		return check.getState() + " " + check.getReason() + ": "
				+ check.getSteps().stream()
						.map(s -> s.getName() + "=" + s.getVerdict() + " " + s.getObserved() + " " + s.getNote())
						.collect(Collectors.joining("; "));
	}
}
