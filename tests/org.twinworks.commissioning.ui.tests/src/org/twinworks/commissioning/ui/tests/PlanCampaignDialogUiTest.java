// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.ui.checklist.PlanCampaignDialog;
import org.twinworks.model.Plant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/**
 * The Plan dialog counts the scope typed once the keys pause, what the planner would plan; Plan right after typing
 * plans (or refuses) what was typed, not the last count shown.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PlanCampaignDialogUiTest {
	private static final Duration WAIT = Duration.ofSeconds(10);

	private CampaignFixture fixture;
	private PlanCampaignDialog dialog;

	@BeforeEach
	void openTheDialog() throws Exception {
		fixture = CampaignFixture.open();
		Plant plant = fixture.demo().editor().getLoaded().plant();
		dialog = new PlanCampaignDialog(fixture.demo().editor().getSite().getShell(), plant);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		fixture.demo().page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void typingAScopeCountsItOnceTheKeysPauseAndPlanTakesWhatWasTyped() {
		Plant plant = fixture.demo().editor().getLoaded().plant();
		Text scope = Widgets.find(dialog.getShell(), Text.class, t -> (t.getStyle() & SWT.SINGLE) != 0).orElseThrow();
		int whole = CampaignPlanner.counts(plant, PlanOptions.wholePlant()).values().stream().mapToInt(i -> i).sum();
		assertEquals(whole, dialog.previewCounts().get("total"), "the whole plant, counted as the planner plans");

		scope.setText("P-101");
		int scoped = CampaignPlanner.counts(plant, new PlanOptions(List.of("P-101"), PlanOptions.DEFAULT_KINDS))
				.values().stream().mapToInt(i -> i).sum();
		assertTrue(scoped > 0 && scoped < whole);
		UiWait.until(() -> dialog.previewCounts().get("total") == scoped, WAIT, "the scope counted");
		Map<String, Integer> counts = dialog.previewCounts();
		assertEquals(CampaignPlanner.checks(plant, new PlanOptions(List.of("P-101"), PlanOptions.DEFAULT_KINDS))
				.stream().filter(c -> c.getKind() == CheckKind.IO).count(), counts.get("io").longValue());

		scope.setText("P-101, NOPE-9");
		Dialogs.press(dialog.getShell(), "&Plan"); // before the pause: the typed scope is checked first
		assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(), "an unknown scope is not planned");
		assertEquals(List.of("P-101"), dialog.options().scope(), "the last valid options stay");
	}
}
