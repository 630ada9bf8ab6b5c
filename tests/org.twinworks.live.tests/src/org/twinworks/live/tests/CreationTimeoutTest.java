// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.Signal;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TcpRelay;

/**
 * The answer to CreateMonitoredItems is lost (the relay stalls right after the request reached the server, which
 * creates the items): the request times out on the client, Bad_Timeout for the whole batch. That is no refusal of
 * the nodes: once the session is back every item must be created again, deliver values and count as monitored,
 * and the server must not keep the first, orphaned items as well.
 */
class CreationTimeoutTest {
	// CreateMonitoredItemsRequest_Encoding_DefaultBinary
	private static final int CREATE_MONITORED_ITEMS = 751;

	@TempDir
	static Path directory;

	private RelayedDemo demo;

	@AfterEach
	void stop() throws Exception {
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void itemsWhoseCreationTimedOutAreCreatedAgainOnceTheSessionIsBack() throws Exception {
		demo = RelayedDemo.start(directory, config -> config.labMode(true));
		LiveClient client = demo.client();
		VirtualPlant sim = demo.sim();
		TcpRelay relay = demo.relay();
		Plant plant = demo.plant();
		Endpoint endpoint = demo.endpoint();
		// unencrypted, so the relay sees which request passes
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		endpoint.setLabMode(true);
		List<ConnectionEvent> events = LivePlants.events();
		LiveOptions options = LiveOptions.builder().pkiDirectory(client.pki()).serverTrust(ServerTrust.rejectAll())
				.listener(events::add).publishingInterval(Duration.ofMillis(100)).requestTimeout(Duration.ofSeconds(2))
				.build();
		ValueStore store = new ValueStore(5, 10_000);
		try (LiveSession session = LiveSession.connect(endpoint, options)) {
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			List<Signal> signals = bindings.stream().map(Binding::getSignal).toList();
			relay.stallAfterRequest(CREATE_MONITORED_ITEMS);
			SubscriptionReport first = session.subscribe(bindings, store);
			assertEquals(0, first.monitored(), () -> "the creation did not time out: " + first.failed());
			assertTrue(first.failed().get(0).status().contains("Bad_Timeout"), first.failed().get(0)::status);
			relay.heal();
			// before, the items stayed refused for good, though the server had created them
			assertTrue(LivePlants.await(() -> session.report().monitored() == bindings.size(), Duration.ofSeconds(30)),
					() -> "monitored " + session.report().monitored() + " of " + bindings.size() + ", e.g. "
							+ session.report().failed().get(0).status() + "; events " + events);
			assertTrue(
					LivePlants.await(
							() -> signals.stream().allMatch(s -> store.latest(s).filter(v -> !v.isBad()).isPresent()),
							Duration.ofSeconds(15)),
					() -> "without a value that is not Bad: "
							+ signals.stream().filter(s -> store.latest(s).filter(v -> !v.isBad()).isEmpty())
									.map(Signal::getTag).toList());
			// the items created for the lost request are deleted, not left publishing beside the new ones
			assertTrue(LivePlants.await(() -> sim.monitoredItemCount() == bindings.size(), Duration.ofSeconds(10)),
					() -> "the server holds " + sim.monitoredItemCount() + " items for " + bindings.size()
							+ " bindings");
		}
	}
}
