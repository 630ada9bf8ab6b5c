// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import org.eclipse.core.runtime.Adapters;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.live.BrokerPki;
import org.twinworks.live.LivePki;
import org.twinworks.live.Thumbprints;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.ui.live.CertificateTrustDialog;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.preferences.CertificatesPreferencePage;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.LiveModel;

/**
 * Window > Preferences > Twinworks > Certificates: our own certificate, the demo server's certificate once trusted
 * always from the trust dialog, a rejected certificate moved to trusted, and a trusted one removed after a
 * confirmation.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CertificatesPreferenceTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);

	private FreshDemoPlant demo;
	private LivePlant plant;
	private PreferenceDialog preferences;
	private Path trusted;
	private Path rejected;
	private Path brokersTrusted;
	private Path brokersRejected;

	@BeforeEach
	void startTheDemoServer() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		plant.start();
		Path pki = LiveConnections.get().pkiDirectory();
		trusted = LivePki.trustedDirectory(pki);
		rejected = LivePki.rejectedDirectory(pki);
		brokersTrusted = BrokerPki.trustedDirectory(pki);
		brokersRejected = BrokerPki.rejectedDirectory(pki);
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (preferences != null && preferences.getShell() != null && !preferences.getShell().isDisposed()) {
			preferences.close();
		}
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, Duration.ofSeconds(20),
				"the live jobs to finish");
		plant.stop();
		// leave the trust list as other tests expect it: nothing trusted beyond what they trust themselves
		for (Path folder : new Path[]{trusted, rejected, brokersTrusted, brokersRejected}) {
			if (Files.isDirectory(folder)) {
				try (var files = Files.list(folder)) {
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						Files.delete(file);
					}
				}
			}
		}
		UiWait.flush();
	}

	@Test
	void listsTheTrustedDemoServerMovesARejectedOneToTrustedAndRemovesWithConfirmation() throws Exception {
		trustTheDemoServerAlways();
		Path other = rejected.resolve("other-server.der");
		Files.createDirectories(rejected);
		X509Certificate otherCertificate = LivePki.applicationCertificate(Files.createTempDirectory("other-pki"));
		Files.write(other, otherCertificate.getEncoded());

		CertificatesPreferencePage page = openPage();
		assertTrue(page.ownCertificateText().contains("Application URI: urn:"), page.ownCertificateText());
		assertTrue(page.ownCertificateText().contains("PKI folder: " + LiveConnections.get().pkiDirectory()),
				page.ownCertificateText());
		String demoThumbprint = plant.sim().certificateThumbprint();
		Path demoFile = page.trustedFiles().stream().filter(f -> demoThumbprint.equals(thumbprint(f))).findFirst()
				.orElseThrow(() -> new AssertionError("the demo server is listed as trusted: " + page.trustedFiles()));
		page.select(demoFile, true);
		assertTrue(page.detailsText().contains("SHA-256: " + demoThumbprint), page.detailsText());
		// earlier connections leave the certificates they rejected there too
		assertTrue(page.rejectedFiles().contains(other), "the rejected certificate is listed: " + page.rejectedFiles());

		page.select(other, false);
		press(CertificatesPreferencePage.TRUST);
		assertFalse(page.rejectedFiles().contains(other), "moved out of rejected");
		Path moved = trusted.resolve(other.getFileName());
		assertTrue(Files.exists(moved) && !Files.exists(other), "the file moved to trusted/certs");
		assertTrue(page.trustedFiles().contains(moved));

		page.select(moved, true);
		answerConfirmation(IDialogConstants.CANCEL_ID);
		press(CertificatesPreferencePage.REMOVE);
		assertTrue(Files.exists(moved), "Cancel keeps it");
		page.select(moved, true);
		answerConfirmation(IDialogConstants.OK_ID);
		press(CertificatesPreferencePage.REMOVE);
		assertFalse(Files.exists(moved), "OK removes it");
		assertFalse(page.trustedFiles().contains(moved));
	}

	@Test
	void aRejectedBrokerCertificateIsTrustedOnTheBrokersTabAndNeverAsAServer() throws Exception {
		Path refused = brokersRejected.resolve("broker.der");
		Files.createDirectories(brokersRejected);
		Files.write(refused, LivePki.applicationCertificate(Files.createTempDirectory("broker-pki")).getEncoded());

		CertificatesPreferencePage page = openPage();
		assertTrue(page.brokers().rejectedFiles().contains(refused), "listed: " + page.brokers().rejectedFiles());
		assertFalse(page.rejectedFiles().contains(refused), "not among the servers' rejected certificates");
		page.brokers().select(refused, false);
		assertTrue(page.detailsText().contains("File: " + refused), page.detailsText());
		press(page.brokers().control(), CertificatesPreferencePage.TRUST);
		Path moved = brokersTrusted.resolve(refused.getFileName());
		assertTrue(Files.exists(moved) && !Files.exists(refused), "moved to the brokers' trusted folder");
		assertTrue(page.brokers().trustedFiles().contains(moved), page.brokers().trustedFiles().toString());
		assertFalse(Files.exists(trusted.resolve(refused.getFileName())),
				"a broker's certificate never trusts a server");
	}

	/** Connects with no prior trust and answers the trust dialog with Trust Always, as a user would. */
	private void trustTheDemoServerAlways() {
		EndpointConnection connection = Adapters.adapt(demo.editor(), LiveModel.class).connections().get(0);
		LiveConnections.get().redirect(connection.endpoint(), plant.sim().endpointUrl());
		ConnectionsView view = (ConnectionsView) UiWait.forValue(() -> {
			try {
				return LivePlant.showView(demo.page());
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, Duration.ofSeconds(5), "the Connections view");
		LivePlant.pressConnect(view, connection);
		Shell dialog = UiWait.forValue(() -> LiveMenus.shell(CertificateTrustDialog.TITLE), CONNECT,
				"the trust dialog");
		Widgets.find(dialog, Button.class, b -> CertificateTrustDialog.TRUST_ALWAYS.equals(b.getText())).orElseThrow()
				.notifyListeners(SWT.Selection, null);
		UiWait.until(() -> connection.report() != null, CONNECT, "connected: " + connection.lastEvent());
	}

	private CertificatesPreferencePage openPage() {
		Shell shell = demo.page().getWorkbenchWindow().getShell();
		preferences = PreferencesUtil.createPreferenceDialogOn(shell, CertificatesPreferencePage.ID, null, null);
		preferences.setBlockOnOpen(false);
		preferences.open();
		UiWait.flush();
		return (CertificatesPreferencePage) preferences.getSelectedPage();
	}

	private void press(String text) {
		press(preferences.getShell(), text);
	}

	private static void press(Composite within, String text) {
		Button button = Widgets.find(within, Button.class, b -> text.equals(b.getText())).orElseThrow();
		assertTrue(button.isEnabled(), text + " enabled for the selection");
		button.notifyListeners(SWT.Selection, null);
		UiWait.flush();
	}

	/** The confirmation opens in a nested event loop: answer it from a timer inside that loop. */
	private static void answerConfirmation(int buttonId) {
		Display display = Display.getCurrent();
		display.timerExec(300, new Runnable() {
			@Override
			public void run() {
				Shell confirm = LiveMenus.shell(CertificatesPreferencePage.REMOVE_TITLE);
				if (confirm == null) {
					display.timerExec(100, this);
					return;
				}
				String label = buttonId == IDialogConstants.OK_ID
						? IDialogConstants.OK_LABEL
						: IDialogConstants.CANCEL_LABEL;
				Widgets.find(confirm, Button.class, b -> label.equals(b.getText())).orElseThrow()
						.notifyListeners(SWT.Selection, null);
			}
		});
	}

	private static String thumbprint(Path file) {
		try (var in = Files.newInputStream(file)) {
			return Thumbprints.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
		} catch (Exception e) {
			// a certificate file the test cannot read is a failure, not "no thumbprint"
			throw new IllegalStateException("cannot read the certificate " + file, e);
		}
	}
}
