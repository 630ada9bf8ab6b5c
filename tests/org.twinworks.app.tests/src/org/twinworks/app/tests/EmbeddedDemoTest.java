// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import org.eclipse.core.runtime.Adapters;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.app.EmbeddedPlant;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.live.ConnectionState;
import org.twinworks.model.Plant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.CertificateTrustDialog;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/** The demo's embedded virtual plant (moved here from the live UI tests with the class it tests). */
@ExtendWith(ScreenshotOnFailure.class)
class EmbeddedDemoTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);

	private IWorkbenchPage page;

	@AfterEach
	void closeEverything() {
		LiveConnections.get().stopEmbedded();
		page.closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, Duration.ofSeconds(20),
				"the live jobs to finish");
		UiWait.flush();
	}

	@Test
	void theEmbeddedPlantServesTheDemoSecurelyAndConnectsWithoutAsking() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile file = FreshDemoPlant.write(page);
		PlantEditor editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
		UiWait.flush();
		LiveModel live = Adapters.adapt(editor, LiveModel.class);
		EndpointConnection connection = live.connections().get(0);
		EmbeddedPlant.startAndConnect(LiveConnections.get(), live, file.getLocation().toPath());
		UiWait.until(() -> connection.state() == ConnectionState.CONNECTED && connection.report() != null, CONNECT,
				"the demo to connect: " + connection.lastEvent());
		assertEquals("SignAndEncrypt", connection.lastEvent().securityMode(), "no lab mode for the embedded demo");
		assertEquals(null, trustDialog(), "a server the workbench started itself is not asked about");
		assertEquals(153, connection.report().monitored(), "every demo binding subscribed");
		DiagramPage diagram = editor.showDiagram();
		Signal pressure = signal(editor.getLoaded().plant(), "PT-101.PV");
		UiWait.forValue(() -> normal(diagram.overlays().overlayFor(pressure.getEquipment())), CONNECT,
				"a live PT-101 on the diagram");
	}

	private static Signal signal(Plant plant, String tag) {
		for (var it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		throw new AssertionError("no signal " + tag);
	}

	private static Overlay normal(Overlay overlay) {
		return overlay != null && Set.of(Emphasis.NORMAL, Emphasis.ALARM, Emphasis.RUNNING).contains(overlay.emphasis())
				? overlay
				: null;
	}

	private static Shell trustDialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && CertificateTrustDialog.TITLE.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}
}
