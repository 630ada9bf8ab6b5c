// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.Credentials;
import org.twinworks.sparkplug.mqtt.MqttConnection;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;

/** User name and password against a Mosquitto that admits one user. */
class BrokerCredentialsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	private static MosquittoBroker broker;

	@BeforeAll
	static void startBroker() throws Exception {
		broker = MosquittoBroker.startWithPassword("gateway", "s3cret-Pa55");
	}

	@AfterAll
	static void stopBroker() throws Exception {
		broker.close();
	}

	@Test
	void theRightPasswordIsAdmitted() throws Exception {
		BrokerOptions options = EdgeNodeBrokerTest.lab(broker.uri())
				.withCredentials(new Credentials("gateway", "s3cret-Pa55".toCharArray()));
		try (MqttConnection connection = MqttConnection.create(options, "with-password", () -> null)) {
			connection.connect(TIMEOUT);
			assertTrue(connection.isConnected());
		}
	}

	@Test
	void aWrongPasswordIsRefusedSayingSo() throws Exception {
		BrokerOptions options = EdgeNodeBrokerTest.lab(broker.uri())
				.withCredentials(new Credentials("gateway", "wrong".toCharArray()));
		try (MqttConnection connection = MqttConnection.create(options, "wrong-password", () -> null)) {
			BrokerConnectionException e = assertThrows(BrokerConnectionException.class,
					() -> connection.connect(TIMEOUT));
			assertTrue(e.getMessage().contains("refused the connection"), e.getMessage());
		}
	}

	@Test
	void noPasswordIsRefused() throws Exception {
		try (MqttConnection connection = MqttConnection.create(EdgeNodeBrokerTest.lab(broker.uri()), "anonymous",
				() -> null)) {
			assertThrows(BrokerConnectionException.class, () -> connection.connect(TIMEOUT));
		}
	}
}
