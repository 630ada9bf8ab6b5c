// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISelectionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.checklist.ChecklistGroup;
import org.twinworks.commissioning.ui.checklist.ChecklistState;
import org.twinworks.commissioning.ui.checklist.ChecklistView;
import org.twinworks.commissioning.ui.checklist.PlanCampaignDialog;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/**
 * The Checklist view on the demo plant: planned from its dialog, counted per state and kind as the campaign says,
 * narrowed by its filters, Enter publishing the check, re-planned after the plant gained a signal.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChecklistUiTest {
	private static final Duration WAIT = Duration.ofSeconds(10);
	private static final Set<CheckKind> KINDS = EnumSet.of(CheckKind.IO, CheckKind.LOOP, CheckKind.ALARM,
			CheckKind.INTERLOCK, CheckKind.RANGE);

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private Path record;
	private ChecklistView view;

	@BeforeEach
	void openTheDemoAndTheChecklist() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		record = fixture.record();
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

	private Campaign planFromTheDialog() {
		assertTrue(view.planAction().isEnabled(), "Plan Campaign… with no campaign yet");
		List<CheckKind> previewed = new ArrayList<>();
		Map<String, Integer> preview = new java.util.HashMap<>();
		Dialogs user = new Dialogs().whenOpen(PlanCampaignDialog.TITLE, PlanCampaignDialog.class, dialog -> {
			Button range = Widgets.find(dialog.getShell(), Button.class, b -> "range".equals(b.getText())).get();
			Dialogs.click(range, true);
			preview.putAll(dialog.previewCounts());
			previewed.addAll(dialog.options().kinds());
			Dialogs.press(dialog.getShell(), "&Plan");
		});
		view.planAction().run();
		user.check();
		UiWait.until(() -> view.planning() == null, WAIT, "the planning job to finish");
		assertEquals(KINDS, EnumSet.copyOf(previewed));
		Campaign campaign = EditorCampaign.of(demo.editor()).campaign();
		assertNotNull(campaign, "planned");
		List<Check> expected = CampaignPlanner.checks(demo.editor().getLoaded().plant(),
				new PlanOptions(List.of(), KINDS));
		assertEquals(expected.size(), preview.get("total"), "the preview counted what the planner plans");
		for (CheckKind kind : KINDS) {
			long count = expected.stream().filter(c -> c.getKind() == kind).count();
			assertEquals(count, preview.get(kind.getLiteral()).longValue(), "preview of " + kind);
		}
		assertEquals(expected.size(), campaign.getChecks().size());
		assertTrue(Files.isRegularFile(record));
		return campaign;
	}

	@Test
	void planningFromTheDialogShowsTheCampaignsCountsPerStateAndKind() {
		Campaign campaign = planFromTheDialog();
		EditorCampaign editorCampaign = EditorCampaign.of(demo.editor());
		Check passed = campaign.getChecks().get(0);
		Check failed = campaign.getChecks().get(1);
		Check blocked = campaign.getChecks().get(2);
		passed.setState(CheckState.PASSED);
		failed.setState(CheckState.FAILED);
		blocked.setState(CheckState.BLOCKED);
		editorCampaign.changed(campaign);
		// the list follows a campaign's changes coalesced, a moment later
		UiWait.until(() -> view.tree().all().of(ChecklistState.BLOCKED) == 1, WAIT, "the list to follow");

		Map<ChecklistState, Integer> states = new EnumMap<>(ChecklistState.class);
		Map<CheckKind, Integer> kinds = new EnumMap<>(CheckKind.class);
		for (Check check : campaign.getChecks()) {
			states.merge(ChecklistState.of(check), 1, Integer::sum);
			kinds.merge(check.getKind(), 1, Integer::sum);
		}
		assertEquals(1, states.get(ChecklistState.PASSED));
		for (ChecklistState state : ChecklistState.values()) {
			assertEquals(states.getOrDefault(state, 0), view.tree().all().of(state), state.label());
		}
		for (CheckKind kind : KINDS) {
			assertEquals(kinds.getOrDefault(kind, 0), view.tree().all().of(kind), kind.getLiteral());
		}
		assertTrue(
				view.summaryText().startsWith(
						"1 passed · 1 failed · " + (campaign.getChecks().size() - 3) + " pending · 1 blocked"),
				view.summaryText());
		// the widget shows every area and, under them, every check once
		int shownInWidget = 0;
		for (TreeItem area : view.viewer().getTree().getItems()) {
			view.viewer().expandToLevel(area.getData(), 2);
			for (TreeItem group : area.getItems()) {
				shownInWidget += group.getItemCount();
			}
		}
		assertEquals(campaign.getChecks().size(), shownInWidget);
	}

	@Test
	void filtersNarrowTheList() {
		Campaign campaign = planFromTheDialog();
		EditorCampaign editorCampaign = EditorCampaign.of(demo.editor());
		Check failed = campaign.getChecks().get(3);
		failed.setState(CheckState.FAILED);
		editorCampaign.changed(failed);
		UiWait.until(() -> view.tree().all().of(ChecklistState.FAILED) == 1, WAIT, "the list to follow");
		int all = campaign.getChecks().size();

		for (ChecklistState state : ChecklistState.values()) {
			Dialogs.click(view.stateButton(state), state == ChecklistState.FAILED);
		}
		assertEquals(1, view.tree().shownChecks(), "failed only");
		assertEquals(1, view.viewer().getTree().getItemCount(), "one area");
		assertSame(failed,
				view.tree().areas().get(0).children().stream()
						.flatMap(g -> ((org.twinworks.commissioning.ui.checklist.ChecklistGroup) g).children().stream())
						.findFirst().get());
		view.clearFilters();
		assertEquals(all, view.tree().shownChecks());

		for (CheckKind kind : CheckKind.VALUES) {
			Dialogs.click(view.kindButton(kind), kind == CheckKind.ALARM);
		}
		long alarms = campaign.getChecks().stream().filter(c -> c.getKind() == CheckKind.ALARM).count();
		assertTrue(alarms > 0 && alarms < all);
		assertEquals(alarms, view.tree().shownChecks(), "alarm checks only");
		view.clearFilters();

		Text search = view.searchBox();
		search.setText("pt-101");
		long pt101 = campaign.getChecks().stream()
				.filter(c -> (c.getTag() + " " + c.getTitle() + " " + c.getEquipment() + " " + c.getId()).toLowerCase()
						.contains("pt-101"))
				.count();
		assertTrue(pt101 > 0 && pt101 < all);
		assertEquals(pt101, view.tree().shownChecks(), "text filter");
		search.setText("");
		assertEquals(all, view.tree().shownChecks());

		Dialogs.click(view.mineButton(), true);
		assertEquals(0, view.tree().shownChecks(), "nothing is mine yet");
		Comment comment = CommissioningFactory.eINSTANCE.createComment();
		comment.setAuthor(ChecklistView.user());
		comment.setText("wiring checked at the marshalling cabinet");
		failed.getComments().add(comment);
		editorCampaign.changed(failed);
		UiWait.until(() -> view.tree().shownChecks() == 1, WAIT, "my commented check");
	}

	@Test
	void theAreasATextFilterOpenedCloseWhenItIsCleared() {
		planFromTheDialog();
		TreeItem[] areas = view.viewer().getTree().getItems();
		assertTrue(areas.length > 1, "the demo has areas");
		for (TreeItem area : areas) {
			area.setExpanded(false);
		}
		areas[0].setExpanded(true); // opened by hand: stays open
		Object byHand = areas[0].getData();
		ChecklistGroup closed = view.tree().areas().get(1);
		Check wanted = (Check) ((ChecklistGroup) closed.children().get(0)).children().get(0);
		view.searchBox().setText(wanted.getId());
		UiWait.flush();
		TreeItem[] filtered = view.viewer().getTree().getItems();
		assertTrue(Arrays.stream(filtered).anyMatch(item -> closed.equals(item.getData()) && item.getExpanded()),
				"the text filter opens the closed area of " + wanted.getId());
		view.searchBox().setText("");
		UiWait.flush();
		for (TreeItem area : view.viewer().getTree().getItems()) {
			assertEquals(byHand.equals(area.getData()), area.getExpanded(),
					area.getText() + ": only the area opened by hand is open after the filter is cleared");
		}
	}

	@Test
	void enterPublishesTheSelectedCheckAsTheViewsSelection() {
		Campaign campaign = planFromTheDialog();
		Check check = campaign.getChecks().get(5);
		List<Object> heard = new ArrayList<>();
		ISelectionListener listener = (part, selection) -> {
			if (part == view && selection instanceof IStructuredSelection s && !s.isEmpty()) {
				heard.add(s.getFirstElement());
			}
		};
		demo.page().addSelectionListener(listener);
		try {
			demo.page().activate(view);
			view.reveal(check);
			view.viewer().getTree().setFocus();
			TreeItem item = view.viewer().getTree().getSelection()[0];
			assertSame(check, item.getData());
			Event enter = new Event();
			enter.item = item;
			enter.keyCode = SWT.CR;
			view.viewer().getTree().notifyListeners(SWT.DefaultSelection, enter);
			UiWait.flush();
			assertSame(check, view.selectedCheck());
			assertTrue(heard.contains(check), "the page heard the check: " + heard);
			IStructuredSelection published = (IStructuredSelection) demo.page().getSelection(ChecklistView.ID);
			assertSame(check, published.getFirstElement());
		} finally {
			demo.page().removeSelectionListener(listener);
		}
	}

	@Test
	void replanAfterAddingASignalAddsItsChecksAndLosesNothing() {
		Campaign campaign = planFromTheDialog();
		int before = campaign.getChecks().size();
		assertFalse(view.replanAction().isEnabled(), "nothing to re-plan yet");

		Plant plant = demo.editor().getLoaded().plant();
		Signal pressure = demo.signal("PT-101.PV");
		Equipment owner = (Equipment) pressure.eContainer();
		Binding existing = plant.getTwin().getBindings().get(0);
		Signal added = TwinFactory.eINSTANCE.createSignal();
		added.setTag("PT-101.TEMP");
		added.setName("Transmitter temperature");
		added.setDirection(SignalDirection.INPUT);
		added.setDataType(SignalDataType.DOUBLE);
		Binding binding = TwinFactory.eINSTANCE.createBinding();
		binding.setSignal(added);
		binding.setEndpoint(existing.getEndpoint());
		binding.setNodeId(existing.getNodeId() + ".TEMP");
		EditingDomain domain = demo.editor().getEditingDomain();
		CompoundCommand add = new CompoundCommand("Add PT-101.TEMP");
		add.append(AddCommand.create(domain, owner, TwinPackage.Literals.EQUIPMENT__SIGNALS, added));
		add.append(AddCommand.create(domain, plant.getTwin(), TwinPackage.Literals.TWIN__BINDINGS, binding));
		domain.getCommandStack().execute(add);

		UiWait.until(() -> view.replanAction().isEnabled(), WAIT, "Re-plan enabled once the plant changed");
		view.replanAction().run();
		UiWait.until(() -> view.planning() == null, WAIT, "the re-planning job to finish");

		assertEquals(before + 1, campaign.getChecks().size(), "an I/O check for the new signal");
		assertTrue(campaign.getChecks().stream().noneMatch(Check::isObsolete), "nothing lost");
		assertTrue(campaign.getChecks().stream().anyMatch(c -> "PT-101.TEMP".equals(c.getTag())));
		assertTrue(view.messageText().contains("1 new"), view.messageText());
		assertTrue(view.messageText().contains("0 removed"), view.messageText());
		assertEquals(before + 1, view.tree().shownChecks());
		assertFalse(view.replanAction().isEnabled(), "up to date again");
		assertEquals(before + 1, CommissioningFiles.load(record).campaign().getChecks().size(), "saved");
	}
}
