// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * A server that takes at most 10 monitored items per call: the 153 demo bindings go out in several calls, all
 * are created, and refused ones (here in different calls) are reported one by one without failing the rest.
 */
class BatchingTest {
	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		LiveClient client = new LiveClient(directory);
		clientPki = client.pki();
		sim = TestPlant.in(directory).trustClientOf(client.pki())
				.configure(config -> config.limits(VirtualPlantLimits.DEFAULT.withMaxMonitoredItemsPerCall(10)))
				.start();
		client.trust(sim);
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void everyItemIsCreatedInCallsTheServerAcceptsAndRefusalsStayPerItem() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "client");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
		// one refused item in the first call of ten, one in the last
		bindings.get(2).setNodeId("nsu=" + DemoPlant.NAMESPACE_URI + ";s=NO-SUCH-TAG-1");
		bindings.get(150).setNodeId("nsu=" + DemoPlant.NAMESPACE_URI + ";s=NO-SUCH-TAG-2");
		try (ValueStore store = new ValueStore(5, 10_000);
				LiveSession session = LiveSession.connect(endpoint,
						LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()))) {
			assertEquals(10,
					session.browser().details("nsu=http://opcfoundation.org/UA/;i=11714").value()
							.value() instanceof Number n ? n.intValue() : -1,
					"the server advertises MaxMonitoredItemsPerCall 10");
			SubscriptionReport report = session.subscribe(bindings, store);
			assertEquals(153, report.bindings().size());
			assertEquals(151, report.monitored());
			assertEquals(2, report.failed().size(), report.failed().toString());
			assertTrue(report.failed().stream().allMatch(s -> s.status().contains("Bad_NodeIdUnknown")));
			assertTrue(LivePlants.await(() -> store.snapshot().size() == 151, Duration.ofSeconds(15)),
					"values for " + store.snapshot().size() + " of 151 signals");
		}
	}
}
