// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckEdits;
import org.twinworks.commissioning.ui.check.EditRefused;
import org.twinworks.commissioning.ui.checklist.AssignChecksHandler;
import org.twinworks.commissioning.ui.checklist.AssignDialog;
import org.twinworks.commissioning.ui.checklist.ChecklistGroup;
import org.twinworks.commissioning.ui.checklist.ChecklistView;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/**
 * Assign to… in the Checklist view on the demo's campaign: two selected checks assigned in one edit that undoes and
 * redoes as one, the assignee shown in the list and saved, "my checks" meaning the checks assigned to me (the old
 * heuristic only for unassigned ones), and no assignment in an approved campaign.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AssignUiTest {
	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private ChecklistView view;
	private EditorCampaign campaign;

	@BeforeEach
	void planTheDemoAndShowTheChecklist() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		campaign = fixture.plan(CheckKind.IO);
		view = (ChecklistView) demo.page().showView(ChecklistView.ID);
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		demo.page().hideView(view);
		demo.page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void twoSelectedChecksAreAssignedInOneEditThatUndoesAndRedoes() throws Exception {
		List<Check> checks = campaign.campaign().getChecks();
		Check first = checks.get(0);
		Check second = checks.get(3);
		select(first, second);

		Dialogs user = new Dialogs().whenOpen(AssignDialog.TITLE, AssignDialog.class, dialog -> {
			Text name = Widgets.find(dialog.getShell(), Text.class, t -> true).orElseThrow();
			name.setText("Grace");
			Dialogs.press(dialog.getShell(), "OK");
		});
		view.getSite().getService(IHandlerService.class).executeCommand(AssignChecksHandler.COMMAND_ID, null);
		user.check();

		assertEquals("Grace", first.getAssignee());
		assertEquals("Grace", second.getAssignee());
		assertEquals("Grace", fixture.reloaded(first).getAssignee(), "saved at once");
		assertEquals("Grace", fixture.reloaded(second).getAssignee());
		assertNull(checks.get(1).getAssignee(), "only the selected checks");
		// the list follows the campaign's changes coalesced, a moment later
		UiWait.until(() -> "Grace".equals(rowText(first, 2)), Duration.ofSeconds(10),
				"the list's Assignee column to show the assignee");
		assertTrue(rowText(first, 0).startsWith(first.getTag()), "the Check column: " + rowText(first, 0));
		assertEquals("Pending", rowText(first, 1), "the State column");
		assertEquals("Assign 2 checks to Grace", CheckEdits.of(campaign).undoLabel());

		IAction undo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		IAction redo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
		assertTrue(undo.isEnabled(), "Undo in the Checklist view");
		undo.run();
		assertNull(first.getAssignee(), "one undo takes both back");
		assertNull(second.getAssignee());
		assertNull(fixture.reloaded(second).getAssignee(), "saved");
		assertTrue(redo.isEnabled());
		redo.run();
		assertEquals("Grace", first.getAssignee());
		assertEquals("Grace", fixture.reloaded(second).getAssignee(), "redone and saved");
	}

	@Test
	void myChecksAreThoseAssignedToMeAndOfTheUnassignedThoseITouched() throws Exception {
		String me = ChecklistView.user();
		List<Check> checks = campaign.campaign().getChecks();
		Check assignedToMe = checks.get(0);
		Check assignedElsewhereButCommented = checks.get(1);
		Check unassignedCommented = checks.get(2);
		CheckEdits edits = CheckEdits.of(campaign);
		edits.assign(List.of(assignedToMe), "  " + me.toUpperCase() + " ");
		edits.assign(List.of(assignedElsewhereButCommented), "someone-else");
		for (Check check : List.of(assignedElsewhereButCommented, unassignedCommented)) {
			Comment comment = CommissioningFactory.eINSTANCE.createComment();
			comment.setAuthor(me);
			comment.setText("looked at the wiring");
			check.getComments().add(comment);
		}
		campaign.changed(campaign.campaign());

		Dialogs.click(view.mineButton(), true);
		assertEquals(2, view.tree().shownChecks(), "mine: assigned to me, and an unassigned one I commented");
		assertTrue(view.tree().groupOf(assignedToMe) != null, "assigned to me (names compare ignoring case)");
		assertTrue(view.tree().groupOf(unassignedCommented) != null, "unassigned, commented by me");
		assertNull(view.tree().groupOf(assignedElsewhereButCommented), "assigned to someone else is not mine");
	}

	@Test
	void anApprovedCampaignRefusesAssignments() {
		Check check = campaign.campaign().getChecks().get(0);
		campaign.campaign().setState(CampaignState.APPROVED);
		EditRefused refused = assertThrows(EditRefused.class,
				() -> CheckEdits.of(campaign).assign(List.of(check), "Grace"));
		assertTrue(refused.getMessage().contains("approved"), refused.getMessage());
		assertNull(check.getAssignee());
	}

	private void select(Check... checks) {
		demo.page().activate(view);
		TreePath[] paths = new TreePath[checks.length];
		for (int i = 0; i < checks.length; i++) {
			ChecklistGroup group = view.tree().groupOf(checks[i]);
			view.viewer().setExpandedState(group.parent(), true);
			view.viewer().setExpandedState(group, true);
			paths[i] = new TreePath(new Object[]{group.parent(), group, checks[i]});
		}
		view.viewer().setSelection(new TreeSelection(paths), true);
		UiWait.flush();
		assertEquals(checks.length, view.viewer().getStructuredSelection().size(), "both selected");
	}

	private String rowText(Check check, int column) {
		view.reveal(check);
		UiWait.flush();
		TreeItem item = view.viewer().getTree().getSelection()[0];
		return item.getText(column);
	}
}
