// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.tests.live.harness.CertificateCase;
import org.twinworks.tests.live.harness.CertificateCasePlant;
import org.twinworks.ui.live.CertificateTrustDialog;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.views.ConnectionsView;

/**
 * The certificate matrix (issue 19) in the workbench, a real virtual plant on 127.0.0.1 per case, connected from
 * the Connections view by a user who would press "Trust Always" on any question: a bad certificate must be refused
 * without that question, its reason shown in the view's Detail column and logged; the untrusted one is asked
 * about with its reason in the dialog (and rejected); the controls connect. Prints one matrix row per case for
 * releng/reliability/run.sh certificates.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CertificateMatrixUiTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);
	private FreshDemoPlant demo;
	private EndpointConnection connection;
	private Path directory;

	@BeforeEach
	void openTheDemo() throws Exception {
		Platform.addLogListener(listener);
		demo = FreshDemoPlant.open();
		connection = org.eclipse.core.runtime.Adapters.adapt(demo.editor(), LiveModel.class).connections().get(0);
		directory = Files.createTempDirectory("twinworks-certificate-matrix");
	}

	@AfterEach
	void closeEverything() {
		Platform.removeLogListener(listener);
		demo.page().closeAllEditors(false);
		UiWait.until(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(LiveConnections.class).length == 0,
				Duration.ofSeconds(20), "the live jobs to finish");
	}

	@TestFactory
	Stream<DynamicTest> theWorkbenchRefusesEveryBadCertificateWithItsReasonAndNeverOffersTrust() {
		return Arrays.stream(CertificateCase.values())
				.map(kind -> DynamicTest.dynamicTest(kind.name(), () -> check(kind)));
	}

	private void check(CertificateCase kind) throws Exception {
		Path workbenchPki = LiveConnections.get().pkiDirectory();
		try (CertificateCasePlant plant = CertificateCasePlant.start(kind, directory.resolve(kind.name()),
				workbenchPki)) {
			List<Path> installed = plant.installTrustIn(workbenchPki);
			try {
				connectAndJudge(kind, plant);
			} finally {
				for (Path file : installed) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private void connectAndJudge(CertificateCase kind, CertificateCasePlant plant) throws Exception {
		String url = plant.sim().endpointUrl();
		LiveConnections.get().redirect(connection.endpoint(), url);
		ConnectionsView view = LivePlant.showView(demo.page());
		LivePlant.pressConnect(view, connection);
		List<String> dialogReasons = new ArrayList<>();
		UiWait.until(() -> {
			Shell dialog = trustDialog();
			if (dialog != null) {
				dialogReasons.add(shownTexts(dialog));
				// the untrusted case is rejected; any other question is answered as the careless user would
				press(dialog,
						kind == CertificateCase.UNTRUSTED
								? CertificateTrustDialog.REJECT
								: CertificateTrustDialog.TRUST_ALWAYS);
			}
			ConnectionEvent event = connection.lastEvent();
			return event != null && url.equals(event.endpointUrl())
					&& (event.state() == ConnectionState.FAILED || event.state() == ConnectionState.CONNECTED)
					&& !connection.busy();
		}, CONNECT, kind + " to be decided: " + connection.lastEvent());
		ConnectionEvent event = connection.lastEvent();
		if (kind.refused()) {
			// the view repaints coalesced, a moment after the event: wait for the row to show this refusal
			UiWait.until(() -> String.valueOf(LivePlant.cellShown(view, connection, 5)).contains(url), CONNECT,
					"the Detail column to show the refusal: " + LivePlant.cellShown(view, connection, 5));
		}
		String detail = LivePlant.cellShown(view, connection, 5);
		if (!kind.refused()) {
			assertEquals(ConnectionState.CONNECTED, event.state(), event.toString());
			assertEquals(List.of(), dialogReasons, "a listed certificate needs no question");
			UiWait.until(() -> !connection.busy(), CONNECT, "connected");
			LivePlant.press(view, connection, ConnectionsView.DISCONNECT);
			UiWait.until(() -> connection.lastEvent().state() == ConnectionState.DISCONNECTED && !connection.busy(),
					CONNECT, "disconnected");
			System.out.println("certificate-matrix: workbench | " + kind + " | connected | - | -");
			return;
		}
		assertEquals(ConnectionState.FAILED, event.state(), event.toString());
		assertFalse(connection.hasSession(), "no session for " + kind);
		assertTrue(detail.contains(kind.reasonNames()), kind + ", the Detail column shows: " + detail);
		assertFalse(detail.contains("Bad_SecurityChecksFailed"), detail);
		if (kind == CertificateCase.UNTRUSTED) {
			assertEquals(1, dialogReasons.size(), "the untrusted certificate is put to the user");
			assertTrue(dialogReasons.get(0).contains(kind.reasonNames()), dialogReasons.get(0));
		} else {
			assertEquals(List.of(), dialogReasons, "nobody may be offered to trust a certificate that is " + kind);
		}
		assertTrue(
				logged.stream()
						.anyMatch(s -> s.getSeverity() == IStatus.WARNING && s.getMessage().contains(url)
								&& s.getMessage().contains(kind.reasonNames())),
				"not logged: " + logged.stream().map(IStatus::getMessage).toList());
		String shown = kind == CertificateCase.UNTRUSTED ? "dialog: " + dialogReasons.get(0) : "Detail: " + detail;
		System.out.println("certificate-matrix: workbench | " + kind + " | refused | logged | "
				+ shown.replace('|', '/').replace('\n', ' '));
	}

	/** The dialog's Reason row as the user reads it (every text of the dialog if there is none). */
	private static String shownTexts(Shell dialog) {
		List<String> texts = Widgets.findAll(dialog, Text.class, t -> true).stream().map(Text::getText).toList();
		return texts.stream().filter(t -> t.contains("trust list")).findFirst().orElse(String.join(" / ", texts));
	}

	private static void press(Shell dialog, String button) {
		Widgets.find(dialog, Button.class, b -> button.equals(b.getText())).orElseThrow().notifyListeners(SWT.Selection,
				null);
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
