// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.InsecureEndpointException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.sim.VirtualPlant;

/** A client whose trust list holds the virtual plant's certificate: the secure policies, and None refused. */
class SecureConnectionTest {
	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		clientPki = directory.resolve("client-pki");
		sim = LivePlants.start(directory, false, clientPki);
		LivePlants.trustServer(clientPki, sim);
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void connectsWithBasic256Sha256AndReportsEveryState() throws Exception {
		List<ConnectionEvent> events = LivePlants.events();
		Endpoint endpoint = endpoint(SecurityPolicyKind.BASIC256SHA256);
		try (LiveSession session = LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), events))) {
			assertEquals("Basic256Sha256", session.securityPolicy());
			assertEquals("SignAndEncrypt", session.securityMode());
			SignalValue level = session.read("nsu=" + DemoPlant.NAMESPACE_URI + ";s=LT-101.PV");
			assertTrue(level.isGood(), level.toString());
		}
		assertEquals(List.of(ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.DISCONNECTED),
				events.stream().map(ConnectionEvent::state).toList());
		assertEquals("Basic256Sha256", events.get(1).securityPolicy());
	}

	@Test
	void connectsWithAes256Sha256RsaPss() throws Exception {
		try (LiveSession session = LiveSession.connect(endpoint(SecurityPolicyKind.AES256_SHA256_RSAPSS),
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()))) {
			assertEquals("Aes256_Sha256_RsaPss", session.securityPolicy());
		}
	}

	@Test
	void bestAvailableTakesTheStrongestPolicyOffered() throws Exception {
		try (LiveSession session = LiveSession.connect(endpoint(SecurityPolicyKind.BEST_AVAILABLE),
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()))) {
			assertEquals("Aes256_Sha256_RsaPss", session.securityPolicy());
		}
	}

	@Test
	void refusesSecurityNoneOutsideLabModeWithAClearMessage() throws Exception {
		List<ConnectionEvent> events = LivePlants.events();
		Endpoint endpoint = endpoint(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		var refused = assertThrows(InsecureEndpointException.class,
				() -> LiveSession.connect(endpoint, LivePlants.options(clientPki, ServerTrust.rejectAll(), events)));
		assertTrue(refused.getMessage().contains("lab mode"), refused.getMessage());
		assertEquals(ConnectionState.FAILED, events.get(events.size() - 1).state());
	}

	private static Endpoint endpoint(SecurityPolicyKind policy) {
		Endpoint endpoint = LivePlants.endpointOf(LivePlants.demoPlant(directory, "client-" + policy), sim);
		endpoint.setSecurityPolicy(policy);
		endpoint.setSecurityMode(SecurityModeKind.SIGN_AND_ENCRYPT);
		return endpoint;
	}
}
