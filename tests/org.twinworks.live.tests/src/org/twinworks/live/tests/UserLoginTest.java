// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.InsecureEndpointException;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Passwords;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/** User-name login against a virtual plant with one account (and a None endpoint, lab mode). */
class UserLoginTest {
	private static final String USER = "operator";

	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		LiveClient client = new LiveClient(directory);
		clientPki = client.pki();
		sim = TestPlant.in(directory).trustClientOf(client.pki())
				.configure(config -> config.labMode(true).user(USER, "right-password".toCharArray())).start();
		client.trust(sim);
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void theRightPasswordLogsInOverAnEncryptedChannel() throws Exception {
		try (LiveSession session = LiveSession.connect(userEndpoint(), options("right-password"))) {
			assertEquals("SignAndEncrypt", session.securityMode());
			assertTrue(session.read("nsu=urn:twinworks:demo:riverside;s=LT-101.PV").isGood());
		}
	}

	@Test
	void aWrongPasswordIsRefusedByTheServer() {
		LiveConnectionException refused = assertThrows(LiveConnectionException.class,
				() -> LiveSession.connect(userEndpoint(), options("wrong-password")).close());
		assertTrue(refused.getMessage().contains("The server refused the user: check the user name and password"),
				refused.getMessage());
	}

	@Test
	void noPasswordGoesOverAnUnencryptedChannelOutsideLabMode() {
		Endpoint endpoint = userEndpoint();
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		InsecureEndpointException refused = assertThrows(InsecureEndpointException.class,
				() -> LiveSession.connect(endpoint, options("right-password")).close());
		assertTrue(refused.getMessage().contains("None"), refused.getMessage());
	}

	@Test
	void aUserEndpointWithoutAPasswordIsRefusedBeforeConnecting() {
		LiveOptions noPassword = LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events());
		LiveConnectionException refused = assertThrows(LiveConnectionException.class,
				() -> LiveSession.connect(userEndpoint(), noPassword).close());
		assertTrue(refused.getMessage().contains("a password"), refused.getMessage());
	}

	@Test
	void aPasswordFromSecureStorageLogsIn() throws Exception {
		Endpoint endpoint = userEndpoint();
		Passwords passwords = new Passwords(PasswordsTest.open(directory.resolve("secure_storage")));
		passwords.store(endpoint.getUrl(), USER, "right-password".toCharArray());
		char[] password = passwords.lookup(endpoint.getUrl(), endpoint.getUsername()).orElseThrow();
		LiveOptions options = LiveOptions.builder().pkiDirectory(clientPki).serverTrust(ServerTrust.rejectAll())
				.password(password).requestTimeout(Duration.ofSeconds(5)).build();
		try (LiveSession session = LiveSession.connect(endpoint, options)) {
			assertTrue(session.read("nsu=urn:twinworks:demo:riverside;s=LT-101.PV").isGood());
		}
	}

	private static Endpoint userEndpoint() {
		Endpoint endpoint = LivePlants.endpointOf(LivePlants.demoPlant(directory, "client"), sim);
		endpoint.setAuthentication(AuthenticationKind.USERNAME);
		endpoint.setUsername(USER);
		return endpoint;
	}

	private static LiveOptions options(String password) {
		return LiveOptions.builder().pkiDirectory(clientPki).serverTrust(ServerTrust.rejectAll())
				.password(password.toCharArray()).requestTimeout(Duration.ofSeconds(5)).build();
	}
}
