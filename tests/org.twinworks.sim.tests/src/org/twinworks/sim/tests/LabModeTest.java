// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.tests.live.harness.TestPlant;

/** A virtual plant in lab mode with a user account: the None endpoint, user tokens and client trust. */
class LabModeTest {
	@TempDir
	static Path directory;

	private static TestClients clients;
	private static VirtualPlant plant;

	@BeforeAll
	static void startPlant() throws Exception {
		clients = new TestClients();
		plant = TestPlant.in(directory).trustClient(clients.certificate)
				.configure(config -> config.labMode(true).user("operator", "correct horse".toCharArray())).start();
	}

	@AfterAll
	static void stopPlant() {
		if (plant != null) {
			plant.close();
		}
	}

	@Test
	void offersAndServesTheNoneEndpointInLabMode() throws Exception {
		assertTrue(TestClients.endpoints(plant).stream()
				.anyMatch(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())));
		OpcUaClient client = clients.connect(plant, SecurityPolicy.None, true, new AnonymousProvider());
		try {
			assertTrue(client.readValue(0, TimestampsToReturn.Both, TestClients.node(client, "LT-101.PV"))
					.getStatusCode().isGood());
		} finally {
			TestClients.disconnect(client);
		}
	}

	@Test
	void acceptsTheConfiguredUserAndRefusesAWrongPassword() throws Exception {
		OpcUaClient client = clients.connect(plant, SecurityPolicy.Basic256Sha256, true,
				new UsernameProvider("operator", "correct horse"));
		TestClients.disconnect(client);
		assertThrows(UaException.class, () -> clients.connect(plant, SecurityPolicy.Basic256Sha256, true,
				new UsernameProvider("operator", "wrong")));
	}

	@Test
	void refusesAClientWhoseCertificateItDoesNotTrustAndQuarantinesIt() throws Exception {
		TestClients stranger = new TestClients();
		assertThrows(UaException.class, () -> stranger.connect(plant));
		try (var rejected = Files.list(directory.resolve("sim-pki").resolve("rejected"))) {
			assertTrue(rejected.findAny().isPresent(), "the stranger's certificate is not in sim-pki/rejected");
		}
	}

	@Test
	void labModeIsRefusedOnANonLoopbackAddress() {
		var error = assertThrows(java.io.IOException.class,
				() -> VirtualPlant.start(TestClients.demoPlant(directory), VirtualPlantConfig
						.builder(directory.resolve("pki-lan")).port(0).labMode(true).bindAddress("0.0.0.0").build()));
		assertTrue(error.getMessage().contains("only allowed on a loopback address"), error.getMessage());
	}
}
