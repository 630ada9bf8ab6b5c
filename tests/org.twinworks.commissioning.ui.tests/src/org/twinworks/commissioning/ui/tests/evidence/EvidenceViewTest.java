// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.RunRecordings;
import org.twinworks.commissioning.ui.check.CheckSubjects;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.commissioning.ui.evidence.EvidenceReplay;
import org.twinworks.commissioning.ui.evidence.EvidenceRow;
import org.twinworks.commissioning.ui.evidence.EvidenceView;
import org.twinworks.commissioning.ui.tests.CampaignFixture;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.Replay;
import org.twinworks.ui.live.views.PlaybackView;

/**
 * The evidence of an I/O check run in the workbench against a real virtual plant: the run is recorded beside the
 * record and its session names the file; the Evidence view (opened from the Check view) lists each record with its
 * value, unit, quality and times; Replay puts the editor's playback on the record's moment showing the recorded value,
 * and says in the view why it cannot while the model is live or when the recording is gone.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EvidenceViewTest {
	private static final Duration WAIT = Duration.ofSeconds(60);

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private EditorCampaign campaign;
	private CheckView checkView;
	private TestPlant served;
	private VirtualPlant sim;
	private EndpointConnection connection;
	private LiveModel model;

	@BeforeEach
	void planTheDemoAndServeIt() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		campaign = fixture.plan(CheckKind.IO);
		checkView = (CheckView) demo.page().showView(CheckView.ID);
		served = TestPlant.inTemporaryFolder("twinworks-evidence").trustClientOf(LiveConnections.get().pkiDirectory());
		sim = served.start();
		connection = fixture.redirectTo(sim);
		model = Adapters.adapt(demo.editor(), LiveModel.class);
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (checkView.activeRun() != null) {
			checkView.cancelRun();
			UiWait.until(() -> checkView.activeRun() == null, WAIT, "the run to end");
		}
		model.closeReplay();
		for (String id : List.of(EvidenceView.ID, PlaybackView.ID, CheckView.ID)) {
			var view = demo.page().findView(id);
			if (view != null) {
				demo.page().hideView(view);
			}
		}
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, WAIT,
				"the live jobs to finish");
		served.close();
		fixture.deleteRecord();
	}

	@Test
	void aRunsEvidenceIsListedAndReplayedAtItsMomentFromTheRecordingBesideTheRecord() throws Exception {
		connection.connect();
		UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
		Signal signal = demo.signal("FT-101.PV");
		Check check = CheckSubjects.checkFor(signal, campaign.campaign());
		assertNotNull(check);
		checkView.show(campaign, check);
		assertTrue(checkView.run(), checkView.messageText());
		UiWait.until(() -> checkView.activeRun() == null, WAIT, "the run to end (" + checkView.factsText() + ")");
		Check saved = fixture.reloaded(check);
		assertEquals(CheckState.PASSED, saved.getState(), saved.getReason());

		// the run's working memory is recorded beside the record, and its session names the file
		Session session = saved.getSteps().get(1).getEvidence().get(0).getSession();
		assertNotNull(session, "the evidence names its session");
		assertNotNull(session.getRecording(), "the session names its recording");
		Path recording = RunRecordings.folderBeside(fixture.record()).resolve(session.getRecording());
		assertTrue(Files.size(recording) > 0, recording + " holds the run's values");
		assertEquals(Optional.of(recording), RunRecordings.of(fixture.record(), session));

		Button evidenceButton = Widgets.find(checkView.steps().getControl().getParent(), Button.class,
				b -> CheckView.EVIDENCE.equals(b.getText())).orElseThrow();
		assertTrue(evidenceButton.isEnabled());
		EvidenceView view = checkView.openEvidence();
		assertNotNull(view);
		assertSame(view, demo.page().findView(EvidenceView.ID));
		assertEquals(check.getId(), view.check().getId());
		List<EvidenceRow> rows = EvidenceRow.of(check);
		assertFalse(rows.isEmpty(), "the run left evidence");
		assertEquals(rows.size(), view.records().getTable().getItemCount(), "one row per evidence record");
		assertTrue(view.titleText().contains(rows.size() + " record"), view.titleText());
		int index = indexOfValueOf(rows, signal.getTag());
		EvidenceRow row = rows.get(index);
		Observation seen = row.observation();
		TableItem item = view.records().getTable().getItem(index);
		assertEquals(seen.getValue(), item.getText(3), "the value");
		assertEquals(row.step().getUnit() == null ? "" : row.step().getUnit(), item.getText(4), "the unit");
		assertTrue(item.getText(5).startsWith(seen.getStatus()), "the quality: " + item.getText(5));
		assertEquals(seen.getSourceTime(), item.getText(6), "the source time");
		assertEquals(seen.getServerTime(), item.getText(7), "the server time");
		assertTrue(item.getText(0).startsWith(row.stepNumber() + " "), "the step: " + item.getText(0));
		assertEquals(session.getRecording(), item.getText(9));

		EvidenceReplay.Outcome whileLive = view.replay(index);
		assertFalse(whileLive.replayed(), "a live model does not play back");
		assertTrue(view.messageText().startsWith("Disconnect "), view.messageText());
		assertNull(model.replay());

		connection.disconnect();
		UiWait.until(() -> !model.live(), WAIT, "the disconnect");
		EvidenceReplay.Outcome outcome = view.replay(index);
		assertTrue(outcome.replayed(), view.messageText());
		Replay replay = model.replay();
		assertNotNull(replay, "the editor's model plays the recording back");
		assertEquals(recording, replay.file());
		UiWait.until(() -> !replay.seeking(), WAIT, "the seek");
		Instant captured = Instant.parse(seen.getCapturedAt());
		assertEquals(outcome.position(), replay.position(), "positioned on the record's moment");
		assertTrue(Duration.between(replay.position(), captured).abs().compareTo(Duration.ofSeconds(2)) < 0,
				replay.position() + " near the capture at " + captured);
		SignalValue shown = model.store().latest(signal).orElseThrow();
		assertEquals(seen.getValue(), String.valueOf(shown.value()), "the playback shows the value the engineer saw");
		PlaybackView playback = (PlaybackView) demo.page().findView(PlaybackView.ID);
		assertNotNull(playback, "the Playback view is shown");
		assertTrue(playback.bannerText().contains("PLAYBACK"), playback.bannerText());
		assertTrue(view.messageText().startsWith("Replaying "), view.messageText());

		model.closeReplay();
		Files.delete(recording);
		EvidenceReplay.Outcome gone = view.replay(index);
		assertFalse(gone.replayed());
		assertTrue(view.messageText().startsWith("No recording holds"), view.messageText());
		assertNull(model.replay());
	}

	private static int indexOfValueOf(List<EvidenceRow> rows, String tag) {
		for (int i = 0; i < rows.size(); i++) {
			Observation o = rows.get(i).observation();
			if (tag.equals(o.getTag()) && o.getValue() != null && o.getSourceTime() != null) {
				return i;
			}
		}
		throw new AssertionError("no evidence of " + tag + " with a value: " + rows);
	}
}
