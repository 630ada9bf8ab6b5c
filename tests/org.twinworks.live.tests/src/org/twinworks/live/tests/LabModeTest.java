// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.InsecureEndpointException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.sim.VirtualPlant;

/** A virtual plant in lab mode offers None: the client takes it only when the model endpoint is in lab mode. */
class LabModeTest {
	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		clientPki = directory.resolve("client-pki");
		sim = LivePlants.start(directory, true, clientPki);
		LivePlants.trustServer(clientPki, sim);
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void connectsWithoutSecurityOnlyInLabMode() throws Exception {
		Endpoint endpoint = noneEndpoint();
		assertThrows(InsecureEndpointException.class, () -> LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events())));
		endpoint.setLabMode(true);
		try (LiveSession session = LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()))) {
			assertEquals("None", session.securityPolicy());
		}
	}

	private static Endpoint noneEndpoint() {
		Endpoint endpoint = LivePlants.endpointOf(LivePlants.demoPlant(directory, "client"), sim);
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		return endpoint;
	}
}
