// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.engine.LoopTarget;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckRun;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.commissioning.ui.loop.ArmedRunDialog;
import org.twinworks.commissioning.ui.loop.StepBand;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.AuditLog;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteOutcome;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The loop check runner against a real virtual plant: Run Armed… lists every write old → new with units and writes
 * nothing unless confirmed; confirmed, the loop goes through all its steps with the trend of output, feedback and
 * measurement and each step's band shown, every step decided and saved, and every write audited beside the record;
 * Repeat As-Left then checks the loop again beside its as-found values.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LoopCheckRunTest {
	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final Duration RUN = Duration.ofMinutes(4);
	private static final String LOOP = "FIC-101";

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
		Files.deleteIfExists(audit());
		campaign = fixture.plan(CheckKind.LOOP);
		view = (CheckView) demo.page().showView(CheckView.ID);
		served = TestPlant.inTemporaryFolder("twinworks-loop-run").trustClientOf(LiveConnections.get().pkiDirectory());
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
		Files.deleteIfExists(audit());
	}

	@Test
	void withoutConfirmingTheWritesNothingIsArmedOrWritten() throws Exception {
		connect();
		Check check = showLoop();
		Object modeBefore = serverValue("FIC-101.MODE");
		assertEquals(1, ((Number) modeBefore).intValue(), "the loop in Auto before");
		List<String> listed = new ArrayList<>();
		Dialogs dialogs = new Dialogs().whenOpen(ArmedRunDialog.TITLE, ArmedRunDialog.class, dialog -> {
			listed.addAll(dialog.lines());
			dialog.getShell().getDisplay()
					.asyncExec(() -> Dialogs.press(dialog.getShell(), IDialogConstants.CANCEL_LABEL));
		});

		assertFalse(view.runArmed(), "cancelled: no run");
		dialogs.check();
		assertTrue(view.messageText().contains("not armed"), view.messageText());
		assertEquals(null, view.activeRun());
		assertTrue(listed.stream().anyMatch(l -> l.startsWith("FIC-101.MODE: ") && l.contains(" → Manual")),
				listed.toString());
		String quarter = listed.stream().filter(l -> l.contains("loop step 25 %")).findFirst().orElseThrow();
		assertTrue(quarter.matches("FCV-101\\.OUT: [0-9.]+ % → 25\\.0 % \\(loop step 25 %\\)"), quarter);

		// the run's first write puts the loop in manual; in Auto the controller moves the output itself, so the
		// server's mode (not the output) shows whether anything was written
		for (int i = 0; i < 4; i++) {
			Thread.sleep(500);
			assertEquals(modeBefore, serverValue("FIC-101.MODE"), "the loop left in Auto on the server");
		}
		assertFalse(Files.exists(audit()), "no write was even attempted");
		assertEquals(CheckState.NOT_STARTED, fixture.reloaded(check).getState());
	}

	@Test
	void aLoopCheckRunArmedGoesThroughAllItsStepsWithTheTrendAndEveryWriteAudited() throws Exception {
		connect();
		Check check = showLoop();
		assertTrue(view.loopTrend().control().isVisible(), "the loop trend is shown for a loop check");
		List<String> listed = new ArrayList<>();
		Dialogs dialogs = new Dialogs().whenOpen(ArmedRunDialog.TITLE, ArmedRunDialog.class, dialog -> {
			listed.addAll(dialog.lines());
			assertEquals(Duration.ofMinutes(10), dialog.armFor(), "the engine's default arming time");
			dialog.setArmMinutes(5);
			dialog.getShell().getDisplay()
					.asyncExec(() -> Dialogs.press(dialog.getShell(), ArmedRunDialog.ARM_AND_RUN));
		});

		assertTrue(view.runArmed(), view.messageText());
		dialogs.check();
		CheckRun run = view.activeRun();
		assertNotNull(run);
		assertTrue(run.armed());
		UiWait.until(() -> !view.loopTrend().bands().isEmpty(), WAIT, "the first step's band");
		UiWait.until(() -> view.activeRun() == null, RUN, "the loop check to end (" + view.factsText() + ")");

		assertEquals("", view.messageText());
		Check saved = fixture.reloaded(check);
		assertEquals(CheckState.PASSED, saved.getState(), describe(saved));
		for (Step step : saved.getSteps()) {
			assertTrue(step.getVerdict() == Verdict.PASS, describe(saved));
		}
		for (int row = 0; row < saved.getSteps().size(); row++) {
			assertEquals("pass", view.steps().getTable().getItem(row).getText(6));
			assertFalse(view.steps().getTable().getItem(row).getText(5).isEmpty(), "the observed value shown");
		}
		String recorded = view.steps().getTable().getItem(2).getText(8);
		assertTrue(recorded.matches("output [0-9.]+, feedback [0-9.]+, measurement [0-9.]+"),
				"the step's recorded values side by side: " + recorded);

		Map<String, List<SignalValue>> samples = view.loopTrend().samples();
		assertEquals(List.of("output", "feedback", "measurement"), List.copyOf(samples.keySet()));
		samples.forEach((role, values) -> assertFalse(values.isEmpty(), "samples of the " + role));
		List<StepBand> bands = view.loopTrend().bands();
		assertEquals(5, bands.size(), "a band per loop step");
		for (StepBand band : bands) {
			assertTrue(band.settled(), "where " + band.step().getName() + " settled");
			LoopTarget target = band.target();
			assertTrue(target.low() <= band.settledValue() && band.settledValue() <= target.high(),
					band.settledValue() + " in " + target.low() + ".." + target.high());
		}
		assertEquals(0.5, bands.get(2).target().fraction());
		long painted = view.loopTrend().paints();
		view.loopTrend().canvas().redraw();
		UiWait.until(() -> view.loopTrend().paints() > painted, WAIT, "the trend painted");

		List<AuditRecord> audited = AuditLog.read(audit(), 1000);
		assertEquals(listed.size(), audited.size(),
				"a line per write: " + listed + " / " + audited.stream().map(AuditRecord::toLine).toList());
		assertTrue(audited.stream().allMatch(r -> r.outcome() == WriteOutcome.OK),
				audited.stream().map(AuditRecord::toLine).toList().toString());
		assertEquals(6, audited.stream().filter(r -> "FCV-101.OUT".equals(r.tag())).count(),
				"five steps and the output given back");

		// after an adjustment the loop is checked again: as-left steps beside the as-found ones, armed once more
		Dialogs again = new Dialogs().whenOpen(ArmedRunDialog.TITLE, ArmedRunDialog.class, dialog -> dialog.getShell()
				.getDisplay().asyncExec(() -> Dialogs.press(dialog.getShell(), ArmedRunDialog.ARM_AND_RUN)));
		assertTrue(view.repeatAsLeft(), view.messageText());
		again.check();
		UiWait.until(() -> view.activeRun() == null, RUN, "the as-left run to end (" + view.factsText() + ")");
		Check adjusted = fixture.reloaded(check);
		List<Step> asLeft = adjusted.getSteps().stream().filter(s -> s.getPhase() == Phase.AS_LEFT).toList();
		assertEquals(6, asLeft.size(), describe(adjusted));
		assertTrue(adjusted.getSteps().stream().allMatch(s -> s.getVerdict() == Verdict.PASS), describe(adjusted));
		assertEquals(10, view.loopTrend().bands().size(), "the as-left steps' bands beside the as-found ones");
		assertEquals(2 * audited.size(), AuditLog.read(audit(), 1000).size(), "the as-left writes audited too");
	}

	private Check showLoop() {
		Check check = campaign.campaign().getChecks().stream()
				.filter(c -> c.getKind() == CheckKind.LOOP && LOOP.equals(c.getTag())).findFirst().orElseThrow();
		view.show(campaign, check);
		return check;
	}

	private void connect() {
		connection.connect();
		UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
		// the confirmation shows the output's value now: wait until the working memory has one
		LiveModel live = Adapters.adapt(demo.editor(), LiveModel.class);
		Signal output = demo.editor().getLoaded().plant().getTwin().getBindings().stream().map(Binding::getSignal)
				.filter(s -> "FCV-101.OUT".equals(s.getTag())).findFirst().orElseThrow();
		UiWait.until(() -> live.signal(output).value() != null, WAIT, "a first value of FCV-101.OUT");
	}

	private Object serverValue(String tag) throws Exception {
		Binding binding = demo.editor().getLoaded().plant().getTwin().getBindings().stream()
				.filter(b -> tag.equals(b.getSignal().getTag())).findFirst().orElseThrow();
		return connection.session().read(binding.getNodeId()).value();
	}

	private Path audit() {
		return CheckRun.auditFile(fixture.record());
	}

	private static String describe(Check check) {
		return check.getState() + " " + check.getReason() + ": "
				+ check.getSteps().stream()
						.map(s -> s.getName() + "=" + s.getVerdict() + " " + s.getObserved() + " " + s.getNote())
						.collect(Collectors.joining("; "));
	}
}
