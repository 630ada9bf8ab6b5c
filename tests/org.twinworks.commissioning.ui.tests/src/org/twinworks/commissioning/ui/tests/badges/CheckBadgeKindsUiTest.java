// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.badges.BadgeImages;
import org.twinworks.commissioning.ui.badges.CheckBadge;
import org.twinworks.commissioning.ui.badges.CheckBadges;
import org.twinworks.commissioning.ui.badges.CheckStatesLayer;
import org.twinworks.commissioning.ui.check.CheckSubjects;
import org.twinworks.commissioning.ui.tests.CampaignFixture;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.iolist.IoListTable;

/**
 * Badge kinds, tooltips and the Layers menu: blocked and skipped checks get badges of their own (their own images,
 * told apart by identity from in progress and not started), hovering a badge on the diagram or the I/O list names the
 * check, its state and last verdict time, and the diagram's Layers menu lists "Check States" and toggles the badges.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CheckBadgeKindsUiTest {
	private static final Duration WAIT = Duration.ofSeconds(20);
	private static final int IO_TAG_COLUMN = 1;

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private EditorCampaign campaign;
	private DiagramPage page;
	private CheckBadges badges;
	private Equipment equipment;
	private Signal signal;
	private Check check;

	@BeforeEach
	void planTheDemo() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		campaign = fixture.plan(CheckKind.IO);
		UiWait.flush();
		page = demo.editor().showDiagram();
		badges = Adapters.adapt(demo.editor(), CheckBadges.class);
		equipment = equipmentOnTheDiagram(page);
		signal = equipment.getSignals().get(0);
		check = CheckSubjects.checkFor(signal, campaign.campaign());
		assertNotNull(check, "the planned campaign checks " + signal.getTag());
	}

	@AfterEach
	void closeTheEditor() throws Exception {
		if (!CheckStatesLayer.visible()) {
			CheckStatesLayer.setVisible(true);
		}
		demo.page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void blockedAndSkippedChecksHaveBadgesOfTheirOwn() {
		Set<Image> images = new HashSet<>();
		for (CheckBadge kind : CheckBadge.values()) {
			images.add(BadgeImages.of(kind));
			assertSame(BadgeImages.of(kind), BadgeImages.of(kind), "drawn once per kind");
		}
		assertEquals(CheckBadge.values().length, images.size(), "an image per kind");

		setState(CheckState.BLOCKED);
		UiWait.until(() -> badges.of(signal).badge() == CheckBadge.BLOCKED, WAIT, "the blocked badge");
		assertSame(BadgeImages.of(CheckBadge.BLOCKED), badges.imageOf(signal), "blocked is its own badge");
		assertNotSame(BadgeImages.of(CheckBadge.IN_PROGRESS), badges.imageOf(signal), "not shown as in progress");
		assertSame(BadgeImages.of(CheckBadge.BLOCKED), badges.imageOf(equipment),
				"a blocked check outranks the equipment's not-started ones");

		setState(CheckState.SKIPPED);
		UiWait.until(() -> badges.of(signal).badge() == CheckBadge.SKIPPED, WAIT, "the skipped badge");
		assertSame(BadgeImages.of(CheckBadge.SKIPPED), badges.imageOf(signal), "skipped is its own badge");
		assertNotSame(BadgeImages.of(CheckBadge.NOT_STARTED), badges.imageOf(signal), "not shown as not started");

		setState(CheckState.IN_PROGRESS);
		UiWait.until(() -> badges.of(signal).badge() == CheckBadge.IN_PROGRESS, WAIT, "the in-progress badge");
		assertSame(BadgeImages.of(CheckBadge.IN_PROGRESS), badges.imageOf(signal));
	}

	@Test
	void hoveringABadgeNamesItsCheckStateAndLastVerdictTime() {
		check.setFinished("2026-12-07T10:15:30Z");
		setState(CheckState.FAILED);
		UiWait.until(() -> badges.of(equipment).badge() == CheckBadge.FAILED, WAIT, "the failed badge");
		String expected = check.getId() + ": failed, last verdict 2026-12-07T10:15:30Z";

		page.viewer().setSelection(new StructuredSelection(equipment));
		UiWait.flush();
		Rectangle onDiagram = badges.onDiagram(equipment);
		assertNotNull(onDiagram);
		Control canvas = page.viewer().canvas();
		hover(canvas, onDiagram.x + onDiagram.width / 2, onDiagram.y + onDiagram.height / 2);
		assertTrue(canvas.getToolTipText() != null && canvas.getToolTipText().startsWith(expected),
				"the diagram's tooltip: " + canvas.getToolTipText());

		IoListTable table = demo.editor().showIoList();
		table.filter(IO_TAG_COLUMN, signal.getTag());
		UiWait.flush();
		Rectangle onIoList = UiWait.forValue(() -> badges.onIoList(signal), WAIT, "the signal's row");
		hover(table.control(), onIoList.x + onIoList.width / 2, onIoList.y + onIoList.height / 2);
		assertEquals(expected, table.control().getToolTipText(), "the I/O list's tooltip");
		hover(table.control(), table.control().getClientArea().width - 5, onIoList.y + onIoList.height / 2);
		assertEquals(null, table.control().getToolTipText(), "no badge tooltip away from the badge");
	}

	@Test
	void theDiagramsLayersMenuListsCheckStatesAndTogglesTheBadges() {
		assertTrue(CheckStatesLayer.visible());
		MenuItem layer = checkStatesInLayersMenu();
		assertTrue(layer.getSelection(), "checked while the badges show");
		select(layer);
		assertFalse(CheckStatesLayer.visible(), "the Layers menu hides the badges");
		page.viewer().setSelection(new StructuredSelection(equipment));
		UiWait.flush();
		assertEquals(null, badges.onDiagram(equipment), "no badge while the layer is hidden");

		MenuItem again = checkStatesInLayersMenu();
		assertFalse(again.getSelection(), "unchecked while hidden");
		select(again);
		assertTrue(CheckStatesLayer.visible(), "shown again");
		assertNotNull(badges.onDiagram(equipment));
	}

	private MenuItem checkStatesInLayersMenu() {
		Menu menu = page.viewer().canvas().getMenu();
		menu.notifyListeners(SWT.Show, null);
		MenuItem layers = item(menu, "Layers");
		Menu submenu = layers.getMenu();
		submenu.notifyListeners(SWT.Show, null);
		MenuItem found = item(submenu, "Check States");
		menu.notifyListeners(SWT.Hide, null);
		return found;
	}

	private static MenuItem item(Menu menu, String text) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").split("\t")[0].equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no " + text + " in the menu");
	}

	private static void select(MenuItem item) {
		item.setSelection(!item.getSelection());
		item.notifyListeners(SWT.Selection, new Event());
		UiWait.flush();
	}

	private void setState(CheckState state) {
		check.setState(state);
		campaign.changed(check);
	}

	private static void hover(Control control, int x, int y) {
		Event move = new Event();
		move.x = x;
		move.y = y;
		control.notifyListeners(SWT.MouseMove, move);
	}

	private static Equipment equipmentOnTheDiagram(DiagramPage page) {
		for (NodeFigure node : page.viewer().scene().nodes()) {
			if (node.element() instanceof Equipment e && e.getSignals().size() > 1) {
				return e;
			}
		}
		throw new AssertionError("the demo's overview shows no equipment with signals");
	}
}
