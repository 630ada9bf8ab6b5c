// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.app.Branding;
import org.twinworks.app.Perspectives;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/** The product comes up as Twinworks: its window, its perspectives, its views on screen. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchStartupTest {

	private static final String PROBLEMS = "org.eclipse.ui.views.ProblemView";
	private static final String PROPERTIES = "org.eclipse.ui.views.PropertySheet";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Test
	void runsAsTheTwinworksProduct() {
		assertNotNull(Platform.getProduct(), "no product is running");
		assertEquals(Branding.PRODUCT_ID, Platform.getProduct().getId());
		assertEquals("Twinworks", Platform.getProduct().getName());
	}

	@Test
	void opensOneWindowTitledTwinworks() {
		IWorkbenchWindow window = activeWindow();
		UiWait.until(() -> Widgets.isShowing(window.getShell()), Duration.ofSeconds(20), "the workbench shell to show");
		assertTrue(window.getShell().getText().startsWith(Branding.PRODUCT_NAME),
				"window title was: " + window.getShell().getText());
	}

	@Test
	void startsInTheDesignPerspectiveWithExplorerProblemsAndProperties() {
		IWorkbenchPage page = activeWindow().getActivePage();
		page.setPerspective(
				PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(Perspectives.DESIGN));
		assertEquals(Perspectives.DESIGN, page.getPerspective().getId());
		IViewPart problems = page.findView(PROBLEMS);
		assertNotNull(problems, "the Design perspective has no Problems view");
		page.activate(problems);
		UiWait.until(
				() -> page.findViewReference(PROBLEMS).getPart(false) != null
						&& Widgets.isShowing(((org.eclipse.ui.part.ViewPart) problems).getSite().getShell()),
				Duration.ofSeconds(10), "the Problems view to show");
		assertNotNull(page.findView(PROPERTIES), "the Design perspective has no Properties view");
		assertNotNull(page.findView(PROJECT_EXPLORER), "the Design perspective has no Project Explorer");
	}

	@Test
	void switchesToTheCommissioningPerspective() {
		IWorkbenchPage page = activeWindow().getActivePage();
		var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
		var commissioning = registry.findPerspectiveWithId(Perspectives.COMMISSIONING);
		assertNotNull(commissioning, "Commissioning perspective is not registered");
		page.setPerspective(commissioning);
		UiWait.flush();
		assertEquals(Perspectives.COMMISSIONING, page.getPerspective().getId());
		assertNotNull(page.findView(PROBLEMS), "the Commissioning perspective has no Problems view");
		page.setPerspective(registry.findPerspectiveWithId(Perspectives.DESIGN));
	}

	private static IWorkbenchWindow activeWindow() {
		return UiWait.forValue(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow(), Duration.ofSeconds(20),
				"an active workbench window");
	}
}
