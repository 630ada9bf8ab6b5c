// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;
import org.twinworks.gateway.SparkplugGateway;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.BrokerTrust;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;
import org.twinworks.tests.mqtt.harness.TestCertificates;

/** `twinworks check` on a model whose endpoint is a Sparkplug B broker: virtual plant → gateway → Mosquitto → check. */
class SparkplugCheckTest {
	@TempDir
	static Path dir;

	private static LiveClient client;
	private static TestPlant plant;
	private static VirtualPlant sim;
	private static MosquittoBroker broker;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@BeforeAll
	static void start() throws Exception {
		client = new LiveClient(dir);
		plant = TestPlant.in(dir).trustClientOf(client.pki());
		sim = plant.start();
		client.trust(sim);
		broker = MosquittoBroker.startPlain();
	}

	@AfterAll
	static void stop() throws Exception {
		if (broker != null) {
			broker.close();
		}
		if (plant != null) {
			plant.close();
		}
	}

	@Test
	void checkReadsEverySignalThroughTheBrokerAndCountsNothingLost() throws Exception {
		Plant gatewayModel = client.demoPlant("gateway", sim);
		List<Binding> bindings = LiveBindings.activeOn(gatewayModel, gatewayModel.getTwin().getEndpoints().get(0));
		Path file = sparkplugModel("check-broker.twin");
		try (ValueStore store = new ValueStore(1, 10_000);
				LiveSession session = LiveSession.connect(gatewayModel.getTwin().getEndpoints().get(0),
						client.options(event -> {
						}).build());
				SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("check", "gw"),
						BrokerOptions.of(BrokerAddress.parse(broker.uri())).withLabMode(true), bindings, store,
						Duration.ofMillis(100), Duration.ofSeconds(10))) {
			session.subscribe(bindings, store);
			assertEquals(CliCommand.OK, cli.run("check", file.toString(), "--duration", "15"), err() + out());
			String printed = out();
			assertTrue(printed.contains("(Sparkplug B, group check, edge node gw); 153 bindings"), printed);
			assertTrue(printed.contains("153 bindings, 0 dead"), printed);
			assertTrue(printed.contains("LT-101.PV = "), printed);
			assertTrue(printed.contains("sequence: 0 messages lost in 0 gaps"), printed);
		}
	}

	@Test
	void checkFailsClearlyWhenTheBrokerIsNotThere() throws Exception {
		Path file = sparkplugModel("no-broker.twin", "mqtt://127.0.0.1:1");
		assertEquals(CliCommand.FAILED, cli.run("check", file.toString(), "--duration", "2"));
		assertTrue(err().contains("twinworks check: cannot connect to the broker at mqtt://127.0.0.1:1"), err());
	}

	@Test
	void checkTrustsATlsBrokerOnlyThroughBrokerTrust() throws Exception {
		TestCertificates certificates = TestCertificates.generate("Check Broker CA");
		Path pki = dir.resolve("check-pki");
		Plant gatewayModel = client.demoPlant("gateway-tls", sim);
		List<Binding> bindings = LiveBindings.activeOn(gatewayModel, gatewayModel.getTwin().getEndpoints().get(0));
		try (MosquittoBroker tls = MosquittoBroker.startTls(certificates);
				ValueStore store = new ValueStore(1, 10_000);
				LiveSession session = LiveSession.connect(gatewayModel.getTwin().getEndpoints().get(0),
						client.options(event -> {
						}).build());
				SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("check", "gw"),
						BrokerOptions.of(BrokerAddress.parse(tls.uri()))
								.withTrust(BrokerTrust.trustListFromPem(certificates.caCertificate())),
						bindings, store, Duration.ofMillis(100), Duration.ofSeconds(10))) {
			session.subscribe(bindings, store);
			Path file = sparkplugModel("check-tls.twin", tls.uri());
			String thumbprint = BrokerTrust
					.thumbprint(BrokerTrust.readCertificates(certificates.serverCertificate()).get(0));

			assertEquals(CliCommand.FAILED,
					cli.run("check", file.toString(), "--duration", "2", "--pki", pki.toString()));
			assertTrue(err().contains("certificate we do not trust") && err().contains(thumbprint), err());
			assertTrue(Files.isRegularFile(pki.resolve("brokers/rejected/" + thumbprint + ".der")), err());

			assertEquals(CliCommand.FAILED, cli.run("check", file.toString(), "--broker-trust", "not-a-thumbprint"));
			assertTrue(err().contains("--broker-trust: 'not-a-thumbprint' is not a SHA-256 thumbprint"), err());

			assertEquals(CliCommand.OK, cli.run("check", file.toString(), "--duration", "10", "--pki", pki.toString(),
					"--broker-trust", certificates.caCertificate().toString()), err() + out());
			assertTrue(out().contains("153 bindings, 0 dead"), out());
			out.reset();
			assertEquals(CliCommand.OK, cli.run("check", file.toString(), "--duration", "10", "--pki", pki.toString(),
					"--broker-trust", thumbprint), err() + out());
			assertTrue(out().contains("153 bindings, 0 dead"), out());
		}
	}

	/** The demo with its endpoint turned into the broker, each binding naming device/metric as the gateway does. */
	private static Path sparkplugModel(String name) throws Exception {
		return sparkplugModel(name, broker.uri());
	}

	private static Path sparkplugModel(String name, String brokerUri) throws Exception {
		Path file = dir.resolve(name);
		Plant model = client.demoPlant(name, sim);
		Endpoint endpoint = model.getTwin().getEndpoints().get(0);
		endpoint.setKind(EndpointKind.SPARKPLUG_B);
		endpoint.setUrl(brokerUri);
		endpoint.setLabMode(brokerUri.startsWith("mqtt:"));
		endpoint.setGroupId("check");
		endpoint.setEdgeNodeId("gw");
		for (Binding binding : model.getTwin().getBindings()) {
			String device = binding.getSignal().getEquipment() == null
					? "Unassigned"
					: binding.getSignal().getEquipment().getTag();
			binding.setNodeId(device + "/" + binding.getSignal().getTag());
		}
		PlantFiles.save(model.eResource(), file);
		return file;
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
