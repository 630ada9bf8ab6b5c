// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TcpRelay;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * What the tests of broken connections start from: the demo's virtual plant on 127.0.0.1 behind a {@link TcpRelay}
 * they can cut, stall or heal, a client PKI both sides trust, and the client's copy of the demo whose endpoint goes
 * through the relay.
 */
record RelayedDemo(TestPlant server, VirtualPlant sim, TcpRelay relay, LiveClient client, Plant plant,
		Endpoint endpoint) implements AutoCloseable {

	static RelayedDemo start(Path folder, Consumer<VirtualPlantConfig.Builder> configure) throws Exception {
		LiveClient client = new LiveClient(folder);
		TestPlant server = TestPlant.in(folder).configure(configure).trustClientOf(client.pki());
		VirtualPlant sim = server.start();
		try {
			client.trust(sim);
			TcpRelay relay = TcpRelay.to(URI.create(sim.endpointUrl()).getPort());
			Plant plant = LivePlants.demoPlant(folder, "client");
			Endpoint endpoint = LivePlants.endpointOf(plant, sim);
			endpoint.setUrl(relay.relayed(sim.endpointUrl()));
			return new RelayedDemo(server, sim, relay, client, plant, endpoint);
		} catch (Exception e) {
			server.close();
			throw e;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			relay.close();
		} finally {
			server.close();
		}
	}
}
