// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.HostListener;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.SparkplugHost;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;

/** `twinworks gateway` against the virtual plant and a real Mosquitto. */
class GatewayCommandTest extends ServedPlantCliTest {

	private static MosquittoBroker broker;

	@BeforeAll
	static void startBroker() throws Exception {
		broker = MosquittoBroker.startPlain();
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void publishesEveryEquipmentAsADeviceAndDiesCleanlyWhenItsTimeIsUp() throws Exception {
		Path file = demo("gateway");
		AtomicInteger metrics = new AtomicInteger();
		AtomicInteger devices = new AtomicInteger();
		AtomicInteger deaths = new AtomicInteger();
		HostListener listener = new HostListener() {
			@Override
			public void onDeviceBirth(DeviceId device, List<Metric> born) {
				devices.incrementAndGet();
				metrics.addAndGet(born.size());
			}

			@Override
			public void onNodeDeath(EdgeNodeId node, Set<DeviceId> staleDevices) {
				deaths.incrementAndGet();
			}
		};
		BrokerOptions options = BrokerOptions.of(BrokerAddress.parse(broker.uri())).withLabMode(true);
		try (SparkplugHost host = SparkplugHost.start("cli", options, "cli-test", listener, Duration.ofSeconds(10))) {
			CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli("gateway", file.toString(),
					"--broker", broker.uri(), "--group", "cli", "--node", "gw", "--lab", "--trust",
					sim.certificateThumbprint(), "--pki", clientPki.toString(), "--for", "3s"));
			assertEquals(CliCommand.OK, run.get(60, TimeUnit.SECONDS), err());
			assertTrue(out().contains("published to mqtt://127.0.0.1:" + broker.port()), out());
			assertTrue(err().contains("LAB MODE"), "plain TCP shows the banner: " + err());
			assertTrue(
					out().contains("writes off: DCMDs are refused and audited in "
							+ file.resolveSibling("gateway.gateway-writes.log")),
					"writes are off by default: " + out());
			assertEquals(153, metrics.get(), "a metric per bound signal of the demo");
			assertTrue(devices.get() > 1, devices.get() + " devices");
			assertEquals(1, deaths.get(), "the gateway's NDEATH on its way out");
		}
	}

	@Test
	void plainTcpToTheBrokerNeedsLabMode() throws Exception {
		Path file = demo("gateway-nolab");
		assertEquals(CliCommand.FAILED, cli("gateway", file.toString(), "--broker", broker.uri(), "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString(), "--for", "1s"));
		assertTrue(err().contains("--lab"), err());
	}
}
