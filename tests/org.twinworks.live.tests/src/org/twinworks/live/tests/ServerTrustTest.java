// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.LivePki;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedServerException;
import org.twinworks.model.Endpoint;
import org.twinworks.sim.VirtualPlant;

/** Clients that do not yet trust the virtual plant: quarantine, and each answer of the trust callback. */
class ServerTrustTest {
	@TempDir
	static Path directory;

	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		sim = LivePlants.start(directory, false, pki("reject"), pki("once"), pki("always"), pki("thumbprint"));
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void rejectsAnUntrustedServerQuarantinesItsCertificateAndStaysClosed() throws Exception {
		List<ConnectionEvent> events = LivePlants.events();
		// asked on Milo's thread: recorded there, asserted here
		List<String> asked = new CopyOnWriteArrayList<>();
		ServerTrust reject = certificate -> {
			asked.add(certificate.thumbprint());
			return TrustDecision.REJECT;
		};
		var refused = assertThrows(UntrustedServerException.class,
				() -> LiveSession.connect(endpoint(), LivePlants.options(pki("reject"), reject, events)));
		assertEquals(List.of(sim.certificateThumbprint()), asked, "asked once, about the server's certificate");
		assertTrue(refused.getMessage().contains(sim.certificateThumbprint()), refused.getMessage());
		assertEquals(1, LivePlants.files(LivePki.rejectedDirectory(pki("reject"))));
		assertEquals(0, LivePlants.files(LivePki.trustedDirectory(pki("reject"))));
		assertEquals(List.of(ConnectionState.CONNECTING, ConnectionState.FAILED),
				events.stream().map(ConnectionEvent::state).toList());
	}

	@Test
	void trustOnceConnectsWithoutWritingTheTrustList() throws Exception {
		try (LiveSession session = LiveSession.connect(endpoint(),
				LivePlants.options(pki("once"), c -> TrustDecision.TRUST_ONCE, LivePlants.events()))) {
			assertTrue(session.read("nsu=urn:twinworks:demo:riverside;s=LT-101.PV").isGood());
		}
		assertEquals(0, LivePlants.files(LivePki.trustedDirectory(pki("once"))));
		assertThrows(UntrustedServerException.class, () -> LiveSession.connect(endpoint(),
				LivePlants.options(pki("once"), ServerTrust.rejectAll(), LivePlants.events())));
	}

	@Test
	void trustAlwaysWritesTheTrustListSoTheNextConnectAsksNobody() throws Exception {
		LiveSession
				.connect(endpoint(),
						LivePlants.options(pki("always"), c -> TrustDecision.TRUST_ALWAYS, LivePlants.events()))
				.close();
		assertEquals(1, LivePlants.files(LivePki.trustedDirectory(pki("always"))));
		assertEquals(0, LivePlants.files(LivePki.rejectedDirectory(pki("always"))));
		LiveSession.connect(endpoint(), LivePlants.options(pki("always"), ServerTrust.rejectAll(), LivePlants.events()))
				.close();
	}

	@Test
	void headlessCallersTrustByThumbprint() throws Exception {
		String lowerCaseWithoutColons = sim.certificateThumbprint().replace(":", "").toLowerCase();
		LiveSession.connect(endpoint(), LivePlants.options(pki("thumbprint"),
				ServerTrust.thumbprint(lowerCaseWithoutColons), LivePlants.events())).close();
		assertThrows(UntrustedServerException.class, () -> LiveSession.connect(endpoint(),
				LivePlants.options(pki("thumbprint"), ServerTrust.thumbprint("00:11:22"), LivePlants.events())));
	}

	private static Path pki(String name) {
		return directory.resolve("client-" + name);
	}

	private static Endpoint endpoint() {
		return LivePlants.endpointOf(LivePlants.demoPlant(directory, "client"), sim);
	}
}
