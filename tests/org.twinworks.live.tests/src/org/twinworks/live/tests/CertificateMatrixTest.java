// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.CertificateProblem;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LivePki;
import org.twinworks.live.LiveSession;
import org.twinworks.live.RefusedCertificateException;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedServerException;
import org.twinworks.model.Endpoint;
import org.twinworks.tests.live.harness.CertificateCase;
import org.twinworks.tests.live.harness.CertificateCasePlant;

/**
 * The certificate matrix (issue 19) through the live core, a real virtual plant on 127.0.0.1 per case: each bad
 * certificate is refused with its own reason, logged, and never put to the user as a trust question, so that
 * "trust always" cannot let it through; the controls connect. Prints one matrix row per case for
 * releng/reliability/run.sh certificates.
 */
class CertificateMatrixTest {
	@TempDir
	Path directory;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	@TestFactory
	Stream<DynamicTest> everyCaseIsRefusedWithItsReasonAndLoggedOrConnectsIfValid() {
		return Arrays.stream(CertificateCase.values())
				.map(kind -> DynamicTest.dynamicTest(kind.name(), () -> check(kind)));
	}

	private void check(CertificateCase kind) throws Exception {
		try (CertificateCasePlant plant = CertificateCasePlant.start(kind, directory.resolve(kind.name()))) {
			Endpoint endpoint = LivePlants.endpointOf(LivePlants.demoPlant(directory, "client-" + kind), plant.sim());
			listedClient(kind, plant, endpoint);
			askingClient(kind, plant, endpoint);
		}
	}

	/** The case as set up by an operator (the certificate or its CA in trusted/); nobody to ask. */
	private void listedClient(CertificateCase kind, CertificateCasePlant plant, Endpoint endpoint) throws Exception {
		List<ConnectionEvent> events = LivePlants.events();
		List<String> asked = new CopyOnWriteArrayList<>();
		ServerTrust recording = certificate -> {
			asked.add(certificate.reason());
			return TrustDecision.REJECT;
		};
		if (!kind.refused()) {
			try (LiveSession session = LiveSession.connect(endpoint,
					LivePlants.options(plant.clientPki(), recording, events))) {
				assertTrue(session.read("nsu=urn:twinworks:demo:riverside;s=LT-101.PV").isGood());
			}
			assertEquals(List.of(), asked, "a listed certificate needs no question");
			System.out.println("certificate-matrix: live | " + kind + " | connected | - | -");
			return;
		}
		LiveConnectionException refused = assertThrows(LiveConnectionException.class,
				() -> LiveSession.connect(endpoint, LivePlants.options(plant.clientPki(), recording, events)));
		String reason = refused.getMessage();
		assertTrue(reason.contains(kind.reasonNames()), kind + ": " + reason);
		assertFalse(reason.contains("Bad_SecurityChecksFailed"), reason);
		if (kind == CertificateCase.UNTRUSTED) {
			assertInstanceOf(UntrustedServerException.class, refused);
			assertEquals(1, asked.size(), "the untrusted certificate is put to the user");
			assertTrue(asked.get(0).contains(kind.reasonNames()), asked.get(0));
		} else {
			RefusedCertificateException certificate = assertInstanceOf(RefusedCertificateException.class, refused);
			assertEquals(kind.expected(), certificate.problems().get(0), reason);
			assertEquals(List.of(), asked, "nobody may be asked to trust a certificate that is " + kind);
		}
		ConnectionEvent last = events.get(events.size() - 1);
		assertEquals(ConnectionState.FAILED, last.state());
		assertEquals(reason, last.reason());
		boolean warned = logged.stream().anyMatch(
				s -> s.getMessage().contains(plant.sim().endpointUrl()) && s.getMessage().contains(kind.reasonNames()));
		boolean failureLogged = logged.stream()
				.anyMatch(s -> s.getMessage().contains("FAILED") && s.getMessage().contains(kind.reasonNames()));
		assertTrue(warned && failureLogged || kind == CertificateCase.UNTRUSTED && failureLogged,
				"refusal not logged: " + logged.stream().map(IStatus::getMessage).toList());
		System.out.println("certificate-matrix: live | " + kind + " | refused | " + expectedLabel(kind) + " | "
				+ reason.replace('|', '/'));
	}

	/** A user who answers "trust always" to whatever is asked: only an untrusted but valid certificate passes. */
	private void askingClient(CertificateCase kind, CertificateCasePlant plant, Endpoint endpoint) throws Exception {
		List<String> asked = new CopyOnWriteArrayList<>();
		ServerTrust always = certificate -> {
			asked.add(certificate.reason());
			return TrustDecision.TRUST_ALWAYS;
		};
		Path pki = plant.askingClientPki();
		long listedBefore = LivePlants.files(LivePki.trustedDirectory(pki));
		if (!kind.refused() || kind.expected() == CertificateProblem.UNTRUSTED) {
			LiveSession.connect(endpoint, LivePlants.options(pki, always, LivePlants.events())).close();
			return;
		}
		RefusedCertificateException refused = assertThrows(RefusedCertificateException.class,
				() -> LiveSession.connect(endpoint, LivePlants.options(pki, always, LivePlants.events())));
		assertEquals(kind.expected(), refused.problems().get(0), refused.getMessage());
		assertEquals(List.of(), asked, "trust always must not be offered for a certificate that is " + kind);
		assertEquals(listedBefore, LivePlants.files(LivePki.trustedDirectory(pki)), "nothing may be trusted");
	}

	private static String expectedLabel(CertificateCase kind) {
		CertificateProblem problem = kind.expected();
		return problem == null ? "-" : problem.label();
	}
}
