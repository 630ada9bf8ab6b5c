// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.checklist.ChecklistView;
import org.twinworks.commissioning.ui.punch.PunchItemDialog;
import org.twinworks.commissioning.ui.punch.PunchListView;
import org.twinworks.commissioning.ui.punch.PunchRow;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/** A punch item added to the check selected in the checklist, closed, and both saved in the record file at once. */
@ExtendWith(ScreenshotOnFailure.class)
class PunchListUiTest {
	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private Path record;
	private ChecklistView checklist;
	private PunchListView punch;

	@BeforeEach
	void planTheDemo() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		record = fixture.record();
		EditorCampaign.of(demo.editor()).plan(PlanOptions.wholePlant());
		punch = (PunchListView) demo.page().showView(PunchListView.ID);
		checklist = (ChecklistView) demo.page().showView(ChecklistView.ID);
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		demo.page().hideView(punch);
		demo.page().hideView(checklist);
		demo.page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void aPunchItemIsAddedClosedAndSavedAndGoToFindsItsCheck() throws Exception {
		Campaign campaign = EditorCampaign.of(demo.editor()).campaign();
		Check check = campaign.getChecks().get(4);
		checklist.reveal(check);
		UiWait.flush();
		assertTrue(punch.addAction().isEnabled(), "the checklist's check is where an item goes");

		Dialogs user = new Dialogs().whenOpen(PunchItemDialog.TITLE, PunchItemDialog.class, dialog -> {
			List<Text> fields = Widgets.findAll(dialog.getShell(), Text.class, t -> true);
			fields.get(0).setText("Replace the terminal strip cover");
			fields.get(2).setText("31.12.2026");
			Button addButton = Widgets.find(dialog.getShell(), Button.class, b -> "&Add".equals(b.getText())).get();
			assertFalse(addButton.isEnabled(), "a due date that is no date is refused");
			fields.get(1).setText("marta");
			fields.get(2).setText("2026-12-31");
			Dialogs.press(dialog.getShell(), "&Add");
		});
		punch.addAction().run();
		user.check();

		assertEquals(1, punch.viewer().getTable().getItemCount());
		PunchRow row = (PunchRow) punch.viewer().getElementAt(0);
		assertSame(check, row.check());
		assertEquals("Replace the terminal strip cover", punch.viewer().getTable().getItem(0).getText(0));
		assertEquals(check.getTag(), punch.viewer().getTable().getItem(0).getText(1));
		assertEquals("marta", punch.viewer().getTable().getItem(0).getText(2));
		assertEquals("2026-12-31", punch.viewer().getTable().getItem(0).getText(3));
		PunchItem saved = itemOnDisk(check);
		assertTrue(saved.isOpen(), "saved open at once");
		assertEquals("marta", saved.getOwner());

		demo.page().activate(punch);
		punch.viewer().setSelection(new StructuredSelection(row));
		punch.goToAction().run();
		assertSame(check, checklist.selectedCheck(), "Go To selects the check in the checklist");

		demo.page().activate(punch);
		punch.viewer().setSelection(new StructuredSelection(row));
		assertTrue(punch.closeAction().isEnabled());
		punch.closeAction().run();
		assertEquals(0, punch.viewer().getTable().getItemCount(), "closed items leave the open list");
		assertFalse(itemOnDisk(check).isOpen(), "saved closed");
		Dialogs.click(punch.showClosedButton(), true);
		assertEquals(1, punch.viewer().getTable().getItemCount());
		assertEquals("closed", punch.viewer().getTable().getItem(0).getText(4));
	}

	private PunchItem itemOnDisk(Check check) {
		CampaignFixture.awaitSaved(EditorCampaign.of(demo.editor()));
		LoadedRecord loaded = CommissioningFiles.load(record);
		assertFalse(loaded.hasErrors(), loaded.messages().toString());
		Check reloaded = loaded.campaign().getChecks().stream().filter(c -> c.getId().equals(check.getId())).findFirst()
				.orElseThrow();
		assertEquals(1, reloaded.getPunchItems().size());
		return reloaded.getPunchItems().get(0);
	}
}
