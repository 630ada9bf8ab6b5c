// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainReader;
import org.twinworks.commissioning.evidence.ChainRecord;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.RecordAgainstChain;
import org.twinworks.commissioning.evidence.Verification;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Attachment;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.signoff.SignOff;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckSubjects;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;

/**
 * The Check view on the demo plant's planned campaign: it follows the selection, records manual verdicts, values,
 * comments and attachments into the saved record (and the evidence chain), undoes them, refuses to touch an approved
 * campaign, and shows the live value of the check's signal served by a real virtual plant.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CheckViewTest {
	private static final String TAG = "FT-101.PV";
	private static final Duration WAIT = Duration.ofSeconds(20);

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private Path record;
	private EditorCampaign campaign;
	private CheckView view;

	@BeforeEach
	void planTheDemoAndShowTheView() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		record = fixture.record();
		campaign = fixture.plan(CheckKind.IO, CheckKind.ALARM);
		view = (CheckView) demo.page().showView(CheckView.ID);
		UiWait.flush();
	}

	@AfterEach
	void closeTheEditor() throws Exception {
		demo.page().hideView(view);
		demo.page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void selectingASignalOfThePlantShowsItsCheckWithItsSteps() {
		Signal signal = demo.signal(TAG);
		demo.page().activate(demo.editor());
		demo.editor().select(signal);

		UiWait.until(() -> view.check() != null, WAIT, "the view to follow the selection");

		Check check = view.check();
		assertEquals(CheckKind.IO.getLiteral() + "-" + PlantElements.idOf(signal), check.getId(),
				"the I/O check of the signal, by its UUID");
		assertSame(campaign, view.campaign());
		assertEquals(check.getSteps().size(), view.steps().getTable().getItemCount());
		assertTrue(view.factsText().contains("IO check of " + TAG), view.factsText());
		assertTrue(view.factsText().contains("not started"), view.factsText());
		String[] stimulus = cells(2);
		assertEquals("3", stimulus[0]);
		assertEquals("hot", stimulus[1]);
		assertTrue(stimulus[2].contains("Stimulated"), stimulus[2]);
		assertEquals("pending", stimulus[6]);
		assertEquals("", view.bannerText());

		// a check, as the checklist publishes it, is shown as it is in the campaign
		Check alarm = campaign.campaign().getChecks().stream().filter(c -> c.getKind() == CheckKind.ALARM).findFirst()
				.orElseThrow();
		assertSame(alarm, CheckSubjects.checkFor(alarm, campaign.campaign()));
		view.show(campaign, alarm);
		assertEquals(alarm.getSteps().size(), view.steps().getTable().getItemCount());
	}

	@Test
	void passingAndFailingStepsIsSavedAtOnceAndUndoRestoresIt() throws Exception {
		Check check = showFlowCheck();
		Step cold = check.getSteps().get(0);
		Step stimulated = check.getSteps().get(2);
		assertTrue(stimulated.isManual());

		assertFalse(view.passStep(cold), "an automated step is run, not passed by hand");
		assertTrue(view.messageText().contains("automated"), view.messageText());
		assertFalse(view.failStep(cold, "  "), "failing needs a reason");

		assertTrue(view.passStep(stimulated), view.messageText());
		assertTrue(view.failStep(cold, "node is on the wrong PLC"), view.messageText());

		Check saved = reloaded(check);
		assertEquals(Verdict.PASS, saved.getSteps().get(2).getVerdict());
		assertEquals(Verdict.FAIL, saved.getSteps().get(0).getVerdict());
		assertTrue(saved.getSteps().get(0).getNote().contains("node is on the wrong PLC"));
		assertEquals(CheckState.FAILED, saved.getState());
		assertEquals("fail", cells(0)[6]);
		assertTrue(view.factsText().contains("failed"), view.factsText());

		// Ctrl+Z: the workbench's Undo command, handled by the active Check view
		demo.page().activate(view);
		view.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		saved = reloaded(check);
		assertEquals(Verdict.PENDING, saved.getSteps().get(0).getVerdict(), "the fail is undone and saved");
		assertEquals(Verdict.PASS, saved.getSteps().get(2).getVerdict());
		assertEquals(CheckState.IN_PROGRESS, saved.getState());

		assertTrue(view.undo(), view.messageText());
		saved = reloaded(check);
		assertEquals(Verdict.PENDING, saved.getSteps().get(2).getVerdict());
		assertEquals(CheckState.NOT_STARTED, saved.getState());
		assertEquals("pending", cells(2)[6]);
		assertFalse(view.undo(), "nothing more to undo");
	}

	@Test
	void asFoundValuesAndCheckVerdictsAreRecorded() throws Exception {
		Check check = showFlowCheck();
		assertTrue(view.observe(check.getSteps().get(1), "321.5 m³/h"), view.messageText());
		assertFalse(view.passCheck(), "pending steps keep the check open");
		assertTrue(view.messageText().contains("pending"), view.messageText());
		assertTrue(view.skipCheck("transmitter not yet installed"), view.messageText());

		Check saved = reloaded(check);
		assertEquals("321.5 m³/h", saved.getSteps().get(1).getObserved());
		assertEquals(CheckState.SKIPPED, saved.getState());
		assertTrue(saved.getReason().contains("transmitter not yet installed"));
	}

	@Test
	void commentsAndAttachmentsAreKeptAndTheFileIsHashedIntoTheEvidenceChain() throws Exception {
		Check check = showFlowCheck();
		assertTrue(view.comment("Transmitter sealed, loop drawing rev C"), view.messageText());
		Path photo = Files.createTempFile("transmitter", ".jpg");
		byte[] content = "not really a JPEG, but bytes a hash can tell apart".getBytes(StandardCharsets.UTF_8);
		Files.write(photo, content);

		assertTrue(view.attach(photo), view.messageText());

		Check saved = reloaded(check);
		assertEquals(1, saved.getComments().size());
		assertEquals("Transmitter sealed, loop drawing rev C", saved.getComments().get(0).getText());
		assertEquals(System.getProperty("user.name", "engineer"), saved.getComments().get(0).getAuthor());
		assertNotNull(saved.getComments().get(0).getTime());
		assertEquals(1, saved.getAttachments().size());
		Attachment attachment = saved.getAttachments().get(0);
		Path copy = record.resolveSibling(attachment.getFile());
		assertEquals(record.getFileName() + ".attachments", copy.getParent().getFileName().toString());
		assertArrayEquals(content, Files.readAllBytes(copy), "copied beside the record");
		assertTrue(Files.exists(photo), "the original stays");
		assertEquals(CanonicalContent.sha256(new String(content, StandardCharsets.UTF_8)), attachment.getSha256());

		List<ChainRecord> chain = ChainReader.read(EvidenceChain.beside(record));
		ChainRecord chained = chain.get((int) attachment.getChainIndex());
		assertEquals("attachment", chained.kind());
		assertTrue(chained.payload().contains("sha256=" + attachment.getSha256()), chained.payload());
		assertTrue(chained.payload().contains("check=" + check.getId()), chained.payload());
		Campaign savedCampaign = (Campaign) saved.eContainer();
		Verification verification = ChainVerifier.verify(EvidenceChain.beside(record),
				new ChainHead(savedCampaign.getChainCount(), savedCampaign.getChainHead()));
		assertTrue(verification.intact(), verification.message());
		assertEquals(List.of(), RecordAgainstChain.compare(savedCampaign, EvidenceChain.beside(record)));

		assertFalse(view.undo(), "an attachment is evidence: not undone");
		assertEquals(1, reloaded(check).getAttachments().size());
	}

	@Test
	void anApprovedCampaignRefusesEveryEdit() throws Exception {
		Check check = showFlowCheck();
		assertTrue(view.comment("before approval"), view.messageText());
		Campaign current = campaign.campaign();
		SignOff signOff = new SignOff(java.time.Clock.systemUTC(), campaign.evidence());
		signOff.sign(current, "Alice Engineer", SignatureMeaning.PERFORMED, null);
		signOff.sign(current, "Bob Reviewer", SignatureMeaning.APPROVED, null);
		campaign.changed(current);
		assertTrue(campaign.readOnly());
		CampaignFixture.awaitSaved(campaign);
		byte[] approved = Files.readAllBytes(record);

		assertTrue(view.bannerText().contains("approved"), view.bannerText());
		Button pass = Widgets
				.find(view.steps().getControl().getParent(), Button.class, b -> CheckView.PASS_STEP.equals(b.getText()))
				.orElseThrow();
		assertFalse(pass.isEnabled(), "the buttons say it before anyone tries");
		assertFalse(view.passStep(check.getSteps().get(2)));
		assertTrue(view.messageText().contains("approved"), view.messageText());
		assertFalse(view.comment("after approval"));
		assertFalse(view.failCheck("too late"));
		assertFalse(view.undo(), "the comment made before approval is signed now");
		Path file = Files.createTempFile("late", ".txt");
		assertFalse(view.attach(file));
		assertArrayEquals(approved, Files.readAllBytes(record), "the record is untouched");
		assertFalse(
				Files.exists(record.resolveSibling(record.getFileName() + ".attachments").resolve(file.getFileName())));
	}

	@Test
	void servedByAVirtualPlantTheViewShowsTheLiveValueOfTheChecksSignal() throws Exception {
		try (TestPlant plant = TestPlant.inTemporaryFolder("twinworks-check-view")
				.trustClientOf(LiveConnections.get().pkiDirectory())) {
			EndpointConnection connection = fixture.redirectTo(plant.start());
			showFlowCheck();

			connection.connect();
			UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
			UiWait.until(() -> view.liveText().matches("(?s)" + TAG.replace(".", "\\.") + "\t[0-9.]+ \\S+\tGood\t.*"),
					WAIT, "the live value of " + TAG + " (shown: " + view.liveText() + ")");
			UiWait.until(() -> !view.trend().series().isEmpty() && view.trend().series().get(0).size() > 0, WAIT,
					"the mini trend to have values");
			assertEquals(TAG, view.trend().series().get(0).signal().getTag());

			demo.page().closeAllEditors(false);
			UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, WAIT,
					"the live jobs to finish");
		}
	}

	@Test
	void theCommissioningPerspectiveHasTheCheckView() throws Exception {
		var window = demo.page().getWorkbenchWindow();
		var page = org.eclipse.ui.PlatformUI.getWorkbench()
				.showPerspective("org.twinworks.app.perspective.commissioning", window);
		page.hideView(view);
		page.resetPerspective();
		UiWait.flush();
		assertNotNull(page.findView(CheckView.ID), "placed by the perspective extension");
		view = (CheckView) page.findView(CheckView.ID);
	}

	/** Shows the I/O check of FT-101.PV (cold check, good value, stimulated in the field) as the checklist would. */
	private Check showFlowCheck() {
		Check check = CheckSubjects.checkFor(demo.signal(TAG), campaign.campaign());
		assertNotNull(check);
		view.show(campaign, check);
		assertEquals(3, check.getSteps().size(), "cold, hot and field-stimulated steps");
		return check;
	}

	private Check reloaded(Check check) {
		return fixture.reloaded(check);
	}

	private String[] cells(int row) {
		var item = view.steps().getTable().getItem(row);
		String[] cells = new String[view.steps().getTable().getColumnCount()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = item.getText(i);
		}
		return cells;
	}
}
