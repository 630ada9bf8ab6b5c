// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/** Virtual plants on 127.0.0.1 and demo models pointed at them, for the live tests. */
final class LivePlants {

	private LivePlants() {
	}

	static Plant demoPlant(Path directory, String name) {
		return TestPlant.demoPlant(directory, name);
	}

	/** A virtual plant serving the demo, trusting the application certificates of the given client PKIs. */
	static VirtualPlant start(Path directory, boolean labMode, Path... clientPkis) throws IOException {
		TestPlant plant = TestPlant.in(directory).configure(config -> config.labMode(labMode));
		for (Path pki : clientPkis) {
			plant.trustClientOf(pki);
		}
		return plant.start();
	}

	/** The client's own demo model, its endpoint pointed at {@code sim}. */
	static Endpoint endpointOf(Plant plant, VirtualPlant sim) {
		return LiveClient.endpointOf(plant, sim);
	}

	/** Puts the server certificate into the client's trusted/certs, as an operator would after checking it. */
	static void trustServer(Path clientPki, VirtualPlant sim) throws IOException, CertificateEncodingException {
		new LiveClient(clientPki.getParent(), clientPki).trust(sim);
	}

	static LiveOptions options(Path clientPki, ServerTrust trust, List<ConnectionEvent> events) {
		return LiveOptions.builder().pkiDirectory(clientPki).serverTrust(trust).listener(events::add)
				.publishingInterval(Duration.ofMillis(100)).build();
	}

	static List<ConnectionEvent> events() {
		return new CopyOnWriteArrayList<>();
	}

	static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}

	static long files(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (var list = Files.list(directory)) {
			return list.filter(Files::isRegularFile).count();
		}
	}
}
