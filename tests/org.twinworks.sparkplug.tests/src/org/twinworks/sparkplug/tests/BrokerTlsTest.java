// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerConnectionException;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.BrokerTrust;
import org.twinworks.sparkplug.mqtt.MqttConnection;
import org.twinworks.sparkplug.mqtt.UntrustedBrokerException;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;
import org.twinworks.tests.mqtt.harness.TestCertificates;

/** TLS to a real Mosquitto with a certificate from a throw-away CA: refused unless trusted or pinned. */
class BrokerTlsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	private static TestCertificates certificates;
	private static MosquittoBroker broker;

	@BeforeAll
	static void startBroker() throws Exception {
		certificates = TestCertificates.generate("Twinworks Test CA");
		broker = MosquittoBroker.startTls(certificates);
	}

	@AfterAll
	static void stopBroker() throws Exception {
		broker.close();
	}

	@Test
	void anUntrustedBrokerCertificateIsRefusedNamingItsThumbprint() throws Exception {
		String expected = BrokerTrust.thumbprint(BrokerTrust.readCertificates(certificates.serverCertificate()).get(0));
		BrokerOptions options = BrokerOptions.of(BrokerAddress.parse(broker.uri()));
		try (MqttConnection connection = MqttConnection.create(options, "untrusted", () -> null)) {
			UntrustedBrokerException e = assertThrows(UntrustedBrokerException.class,
					() -> connection.connect(TIMEOUT));
			assertEquals(expected, e.thumbprint());
			assertTrue(e.getMessage().contains(expected) && e.getMessage().contains(broker.uri()), e.getMessage());
		}
	}

	@Test
	void aCertificateFromAnotherCaIsRefusedToo() throws Exception {
		TestCertificates other = TestCertificates.generate("Some Other CA");
		BrokerOptions options = BrokerOptions.of(BrokerAddress.parse(broker.uri()))
				.withTrust(BrokerTrust.trustListFromPem(other.caCertificate()));
		try (MqttConnection connection = MqttConnection.create(options, "other-ca", () -> null)) {
			assertThrows(UntrustedBrokerException.class, () -> connection.connect(TIMEOUT));
		}
	}

	@Test
	void theBrokerIsAcceptedWhenItsCaIsOnTheTrustList() throws Exception {
		BrokerOptions options = BrokerOptions.of(BrokerAddress.parse(broker.uri()))
				.withTrust(BrokerTrust.trustListFromPem(certificates.caCertificate()));
		try (MqttConnection connection = MqttConnection.create(options, "trusted-ca", () -> null)) {
			connection.connect(TIMEOUT);
			assertTrue(connection.isConnected());
		}
	}

	@Test
	void theBrokerIsAcceptedWhenItsCertificateIsPinned() throws Exception {
		String thumbprint = BrokerTrust
				.thumbprint(BrokerTrust.readCertificates(certificates.serverCertificate()).get(0));
		BrokerOptions options = BrokerOptions.of(BrokerAddress.parse(broker.uri()))
				.withTrust(BrokerTrust.trustList(List.of()).pin(thumbprint.toUpperCase()));
		try (MqttConnection connection = MqttConnection.create(options, "pinned", () -> null)) {
			connection.connect(TIMEOUT);
			assertTrue(connection.isConnected());
		}
	}

	@Test
	void plainTcpIsRefusedWithoutLabMode() {
		BrokerOptions options = BrokerOptions.of(BrokerAddress.parse("mqtt://127.0.0.1:1883"));
		BrokerConnectionException e = assertThrows(BrokerConnectionException.class,
				() -> MqttConnection.create(options, "plain", () -> null));
		assertTrue(e.getMessage().contains("--lab"), e.getMessage());
	}
}
