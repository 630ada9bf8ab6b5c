// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * A server restart: RECONNECTING, CONNECTED again, and values flow again. The restarted server cannot take the
 * old subscription over (transfer fails), so this is the path where the client must recreate every item.
 */
class ReconnectTest {
	@TempDir
	static Path directory;

	private TestPlant server;

	@AfterEach
	void stopPlant() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void reconnectsAfterServerRestartAndValuesFlowAgain() throws Exception {
		LiveClient client = new LiveClient(directory);
		Path clientPki = client.pki();
		server = TestPlant.in(directory).trustClientOf(client.pki());
		VirtualPlant sim = server.start();
		client.trust(sim);
		Plant plant = LivePlants.demoPlant(directory, "client");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		List<ConnectionEvent> events = LivePlants.events();
		Set<Signal> heardAfterRestart = ConcurrentHashMap.newKeySet();
		try (ValueStore store = new ValueStore(5, 10_000);
				LiveSession session = LiveSession.connect(endpoint,
						LivePlants.options(clientPki, ServerTrust.rejectAll(), events))) {
			session.subscribe(LiveBindings.activeOn(plant, endpoint), store);
			assertTrue(LivePlants.await(() -> store.snapshot().size() == 153, Duration.ofSeconds(10)));
			server.stop();
			assertTrue(LivePlants.await(() -> has(events, ConnectionState.RECONNECTING), Duration.ofSeconds(20)),
					events.toString());
			store.addListener(batch -> batch.forEach(c -> heardAfterRestart.add(c.signal())), Duration.ofMillis(50));
			// same PKI, so the same server certificate the client trusts; same port, so the same URL
			server.start();
			assertTrue(LivePlants.await(() -> events.get(events.size() - 1).state() == ConnectionState.CONNECTED,
					Duration.ofSeconds(30)), events.toString());
			long before = store.received();
			assertTrue(LivePlants.await(() -> store.received() > before + 153, Duration.ofSeconds(15)),
					"no values after the reconnect: " + (store.received() - before));
			// the new server knows no subscription: transfer fails and every item is recreated, none left dead
			// (constant signals send their value once, when their item is created)
			assertTrue(LivePlants.await(() -> heardAfterRestart.size() == 153, Duration.ofSeconds(15)),
					"after the restart, values of " + heardAfterRestart.size() + " of 153 signals");
		}
	}

	private static boolean has(List<ConnectionEvent> events, ConnectionState state) {
		return events.stream().anyMatch(e -> e.state() == state);
	}
}
