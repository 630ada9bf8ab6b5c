// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.editor.PlantEditor;

/**
 * The campaign of the demo plant's editor: absent, planned and saved beside the plant, unreadable, changes saved after
 * the listeners heard of them, the last one written when the editor closes, dropped on close.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EditorCampaignTest {
	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private Path record;

	@BeforeEach
	void openTheDemoWithoutARecord() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		record = fixture.record();
	}

	@AfterEach
	void closeTheEditor() throws Exception {
		demo.page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void withoutARecordThereIsNoCampaignAndNoProblem() {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		assertSame(demo.editor(), campaign.editor());
		assertEquals(record, campaign.recordFile());
		assertTrue(campaign.recordFile().getFileName().toString().endsWith(".twincx"));
		assertNull(campaign.campaign());
		assertEquals(List.of(), campaign.problems());
		assertFalse(campaign.readOnly());
		assertSame(campaign, EditorCampaign.of(demo.editor()), "one per editor");
		assertSame(campaign, EditorCampaign.active(demo.page()));
	}

	@Test
	void planningWritesTheRecordBesideThePlantAndItLoadsBack() throws Exception {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		AtomicInteger told = new AtomicInteger();
		campaign.addListener(told::incrementAndGet);

		campaign.plan(new PlanOptions(List.of(), Set.of(CheckKind.IO, CheckKind.ALARM)));

		Campaign planned = campaign.campaign();
		assertNotNull(planned);
		assertTrue(told.get() > 0, "listeners are told");
		assertTrue(Files.isRegularFile(record), "the record beside the plant");
		List<Check> expected = CampaignPlanner.checks(demo.editor().getLoaded().plant(),
				new PlanOptions(List.of(), Set.of(CheckKind.IO, CheckKind.ALARM)));
		assertFalse(expected.isEmpty());
		assertEquals(expected.size(), planned.getChecks().size());
		assertEquals(EnumSet.of(CheckKind.IO, CheckKind.ALARM), planned.getChecks().stream().map(Check::getKind)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckKind.class))));
		assertFalse(campaign.plantChanged());

		LoadedRecord loaded = CommissioningFiles.load(record);
		assertFalse(loaded.hasErrors(), loaded.messages().toString());
		assertEquals(planned.getId(), loaded.campaign().getId());
		assertEquals(planned.getChecks().size(), loaded.campaign().getChecks().size());
		assertEquals(planned.getChainCount(), loaded.campaign().getChainCount());
		assertTrue(loaded.campaign().getChainCount() > 0, "planning is in the evidence chain");
		assertEquals(demo.file().getName(), loaded.campaign().getPlantFile());
	}

	@Test
	void aMalformedRecordGivesNoCampaignButItsProblemsAndIsNotPlannedOver() throws Exception {
		demo.page().closeAllEditors(false);
		String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<commissioning:Campaign\n  id=\"x\" <oops/>\n";
		Files.writeString(record, broken, StandardCharsets.UTF_8);
		PlantEditor editor = (PlantEditor) IDE.openEditor(demo.page(), demo.file(), PlantEditor.ID);
		UiWait.flush();

		EditorCampaign campaign = EditorCampaign.of(editor);

		assertNull(campaign.campaign());
		assertFalse(campaign.problems().isEmpty());
		String first = campaign.problems().get(0);
		assertTrue(first.contains(record.getFileName().toString() + ":"), first);
		assertTrue(first.matches(".*\\.twincx:\\d+.*"), "names file:line: " + first);
		assertThrows(IllegalStateException.class, () -> campaign.plan(PlanOptions.wholePlant()));
		assertEquals(broken, Files.readString(record), "an unreadable record is left as it is");
	}

	@Test
	void aChangeIsToldAtOnceAndOnDiskOnceTheSaverSettles() throws Exception {
		EditorCampaign campaign = fixture.plan(CheckKind.IO);
		Check check = campaign.campaign().getChecks().get(0);
		AtomicInteger told = new AtomicInteger();
		campaign.addListener(told::incrementAndGet);

		check.setState(CheckState.PASSED);
		campaign.changed(check);

		assertEquals(1, told.get(), "the listeners (badges, views) hear of it before the save");
		assertTrue(campaign.savePending(), "the save comes after, off the UI thread");
		UiWait.until(() -> !campaign.savePending(), Duration.ofSeconds(30), "the saver to settle");
		assertEquals(CheckState.PASSED, fixture.reloaded(check).getState(), "on disk");
		assertNull(campaign.lastSaveError());
	}

	@Test
	void aBurstOfChangesEndsWithItsLastStateOnDisk() throws Exception {
		EditorCampaign campaign = fixture.plan(CheckKind.IO);
		List<Check> checks = campaign.campaign().getChecks().subList(0, 5);
		for (Check check : checks) {
			check.setState(CheckState.FAILED);
			campaign.changed(check);
			check.setState(CheckState.PASSED);
			campaign.changed(check);
		}

		UiWait.until(() -> !campaign.savePending(), Duration.ofSeconds(30), "the saver to settle");
		for (Check check : checks) {
			assertEquals(CheckState.PASSED, fixture.reloaded(check).getState(), check.getId());
		}
	}

	@Test
	void closingTheEditorWritesTheLastChange() throws Exception {
		EditorCampaign campaign = fixture.plan(CheckKind.IO);
		Check check = campaign.campaign().getChecks().get(0);
		check.setState(CheckState.FAILED);
		check.setReason("written when the editor closes");
		campaign.changed(check);
		assertTrue(campaign.savePending(), "not written yet");

		demo.page().closeEditor(demo.editor(), false);

		assertEquals(CheckState.FAILED, fixture.reloaded(check).getState(), "flushed on close");
		assertEquals("written when the editor closes", fixture.reloaded(check).getReason());
		assertFalse(campaign.savePending());
	}

	@Test
	void closingTheEditorDropsItsCampaign() throws Exception {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		AtomicInteger told = new AtomicInteger();
		campaign.addListener(told::incrementAndGet);
		assertSame(campaign, EditorCampaign.existing(demo.editor()));

		demo.page().closeEditor(demo.editor(), false);
		UiWait.flush();

		assertNull(EditorCampaign.existing(demo.editor()));
		assertEquals(1, told.get(), "listeners hear of the drop");
		IEditorPart again = IDE.openEditor(demo.page(), demo.file(), PlantEditor.ID);
		assertNotSame(campaign, EditorCampaign.of((PlantEditor) again));
	}
}
