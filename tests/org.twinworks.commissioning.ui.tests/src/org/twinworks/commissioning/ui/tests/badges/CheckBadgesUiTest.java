// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.tests.CampaignFixture;
import org.twinworks.commissioning.ui.badges.CheckBadge;
import org.twinworks.commissioning.ui.badges.CheckBadges;
import org.twinworks.commissioning.ui.badges.CheckStatesLayer;
import org.twinworks.commissioning.ui.badges.ToggleCheckStatesHandler;
import org.twinworks.commissioning.ui.check.CheckSubjects;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.Screenshots;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.iolist.IoListTable;

/**
 * Check states on the demo plant's diagram and I/O list: a failed check turns its equipment's badge and its signal's
 * row red (in the badge model and on screen), the layer toggle removes and restores them, and Open Check (and a
 * double-click on a badge) shows the deciding check in the Check view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CheckBadgesUiTest {
	private static final Duration WAIT = Duration.ofSeconds(20);
	private static final int IO_TAG_COLUMN = 1;

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private EditorCampaign campaign;

	@BeforeEach
	void planTheDemo() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		campaign = fixture.plan(CheckKind.IO, CheckKind.ALARM);
		UiWait.flush();
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
	void aFailedCheckShowsOnItsEquipmentAndSignalRowUntilTheLayerIsHidden() throws Exception {
		DiagramPage page = demo.editor().showDiagram();
		CheckBadges badges = Adapters.adapt(demo.editor(), CheckBadges.class);
		assertNotNull(badges, "the editor adapts to its badges");
		Equipment equipment = equipmentOnTheDiagram(page);
		Signal signal = equipment.getSignals().get(0);
		Check check = CheckSubjects.checkFor(signal, campaign.campaign());
		assertNotNull(check, "the planned campaign checks " + signal.getTag());
		assertEquals(CheckBadge.NOT_STARTED, badges.of(equipment).badge(), "planned: nothing started");

		check.setState(CheckState.FAILED);
		campaign.changed(check);
		UiWait.until(() -> badges.of(equipment).badge() == CheckBadge.FAILED, WAIT, "the equipment's badge to fail");
		assertSame(check, badges.of(equipment).worst(), "the failed check decides the equipment's badge");
		assertEquals(CheckBadge.FAILED, badges.of(signal).badge());

		page.viewer().setSelection(new StructuredSelection(equipment)); // scrolls it into view
		UiWait.flush();
		Rectangle onDiagram = badges.onDiagram(equipment);
		assertNotNull(onDiagram, "a badge on the diagram");
		save(page.viewer().canvas(), "failed");
		awaitRed(page.viewer().canvas(), onDiagram, true, "the diagram paints the failed badge red");

		IoListTable table = demo.editor().showIoList();
		table.filter(IO_TAG_COLUMN, signal.getTag());
		UiWait.flush();
		Rectangle onIoList = UiWait.forValue(() -> badges.onIoList(signal), WAIT, "the signal's row");
		awaitRed(table.control(), onIoList, true, "the I/O list paints the failed badge red");

		toggleTheLayer();
		assertFalse(CheckStatesLayer.visible(), "the toolbar toggle hides the layer");
		UiWait.flush();
		assertNull(badges.onIoList(signal), "no badge while hidden");
		awaitRed(table.control(), onIoList, false, "the I/O list repaints without the badge");
		demo.editor().showDiagram();
		UiWait.flush();
		assertNull(badges.onDiagram(equipment));
		awaitRed(page.viewer().canvas(), onDiagram, false, "the diagram repaints without the badge");

		toggleTheLayer();
		assertTrue(CheckStatesLayer.visible(), "toggled on again");
		UiWait.flush();
		Rectangle again = badges.onDiagram(equipment);
		assertEquals(onDiagram, again, "the diagram did not move");
		save(page.viewer().canvas(), "shown-again");
		awaitRed(page.viewer().canvas(), again, true, "shown again at " + again);

		check.setState(CheckState.PASSED);
		campaign.changed(check);
		// its other checks (alarm limits, the equipment's other signals) are not started: grey, no longer red
		UiWait.until(() -> badges.of(equipment).badge() == CheckBadge.NOT_STARTED, WAIT, "the failure to clear");
		assertEquals(CheckBadge.NOT_STARTED, badges.of(signal).badge());
		UiWait.flush();
		awaitRed(page.viewer().canvas(), onDiagram, false,
				"only the changed badge was repainted, " + "and it is no longer red: " + badges.of(equipment).text());
	}

	@Test
	void openCheckAndADoubleClickOnTheBadgeShowTheDecidingCheck() throws Exception {
		DiagramPage page = demo.editor().showDiagram();
		CheckBadges badges = Adapters.adapt(demo.editor(), CheckBadges.class);
		Equipment equipment = equipmentOnTheDiagram(page);
		Signal last = equipment.getSignals().get(equipment.getSignals().size() - 1);
		Check failed = CheckSubjects.checkFor(last, campaign.campaign());
		failed.setState(CheckState.FAILED);
		campaign.changed(failed);
		UiWait.until(() -> badges.of(equipment).badge() == CheckBadge.FAILED, WAIT, "the failed badge");

		CheckView view = badges.open(equipment);
		assertNotNull(view);
		assertSame(demo.page().getActivePart(), view, "the Check view is brought up");
		assertEquals(failed.getId(), view.check().getId(), "it shows the failed check, not the equipment's first");

		demo.page().hideView(view);
		demo.page().activate(demo.editor());
		demo.editor().showDiagram();
		page.viewer().setSelection(new StructuredSelection(equipment));
		UiWait.flush();
		Rectangle badge = badges.onDiagram(equipment);
		Event click = new Event();
		click.x = badge.x + badge.width / 2;
		click.y = badge.y + badge.height / 2;
		click.button = 1;
		click.count = 2;
		page.viewer().canvas().notifyListeners(SWT.MouseDoubleClick, click);
		UiWait.flush();
		CheckView opened = (CheckView) demo.page().findView(CheckView.ID);
		assertNotNull(opened, "a double-click on the badge opens the Check view");
		assertEquals(failed.getId(), opened.check().getId());
		demo.page().hideView(opened);
	}

	private static Equipment equipmentOnTheDiagram(DiagramPage page) {
		for (NodeFigure node : page.viewer().scene().nodes()) {
			if (node.element() instanceof Equipment equipment && equipment.getSignals().size() > 1) {
				return equipment;
			}
		}
		throw new AssertionError("the demo's overview shows no equipment with signals");
	}

	private void toggleTheLayer() throws Exception {
		demo.editor().getSite().getService(IHandlerService.class).executeCommand(ToggleCheckStatesHandler.COMMAND,
				null);
	}

	/** Screen pixels follow a repaint a frame later under GTK: wait for them (a red badge, or none). */
	private static void awaitRed(Control control, Rectangle area, boolean red, String what) {
		UiWait.until(() -> red ? redPixels(control, area) > 10 : redPixels(control, area) == 0, WAIT,
				what + " (" + redPixels(control, area) + " red pixels in " + area + ")");
	}

	private static void save(Control control, String name) throws Exception {
		Screenshots.save(Screenshots.capture(control), Screenshots.directory().resolve("badges-" + name + ".png"));
	}

	/** Pixels of the failed colour (antialiased edges aside) inside {@code area} of {@code control}, as on screen. */
	private static int redPixels(Control control, Rectangle area) {
		ImageData pixels = Screenshots.capture(control);
		RGB red = CheckBadge.FAILED.colour();
		int count = 0;
		for (int x = Math.max(0, area.x); x < Math.min(pixels.width, area.x + area.width); x++) {
			for (int y = Math.max(0, area.y); y < Math.min(pixels.height, area.y + area.height); y++) {
				RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
				if (Math.abs(rgb.red - red.red) + Math.abs(rgb.green - red.green)
						+ Math.abs(rgb.blue - red.blue) < 40) {
					count++;
				}
			}
		}
		return count;
	}
}
