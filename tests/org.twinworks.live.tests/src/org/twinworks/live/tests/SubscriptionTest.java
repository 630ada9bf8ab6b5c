// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.BindingStatus;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SignalValue;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;

/** Every binding of the demo subscribed against the virtual plant, into a value store. */
class SubscriptionTest {
	private static final Logger LOG = LoggerFactory.getLogger(SubscriptionTest.class);

	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		clientPki = directory.resolve("client-pki");
		sim = LivePlants.start(directory, false, clientPki);
		LivePlants.trustServer(clientPki, sim);
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void valuesArriveForEveryBindingOfTheDemo() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "all");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
		assertEquals(153, bindings.size());
		try (ValueStore store = new ValueStore(20, 10_000); LiveSession session = connect(endpoint)) {
			long start = System.nanoTime();
			SubscriptionReport report = session.subscribe(bindings, store);
			assertEquals(List.of(), report.failed());
			assertTrue(LivePlants.await(() -> store.snapshot().size() == 153, Duration.ofSeconds(15)),
					"values for " + store.snapshot().size() + " of 153 signals");
			LOG.info("153 bindings: first value of each within {} ms", (System.nanoTime() - start) / 1_000_000);
			assertTrue(store.snapshot().values().stream().allMatch(SignalValue::isGood));
			assertTrue(
					store.snapshot().values().stream().allMatch(v -> v.sourceTime() != null && v.serverTime() != null));
			// the compact history gives back what Milo delivered: doubles, booleans, integers, texts alike
			store.snapshot().keySet().forEach(signal -> {
				List<SignalValue> history = store.history(signal);
				assertTrue(history.contains(store.latest(signal).orElseThrow()), signal.getTag() + ": " + history);
			});
			assertTrue(store.snapshot().values().stream().anyMatch(v -> v.value() instanceof Boolean));
		}
	}

	@Test
	void aBadNodeIdIsReportedAndTheOtherBindingsStillWork() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "bad");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
		Binding unknownNode = bindings.get(3);
		unknownNode.setNodeId("nsu=urn:twinworks:demo:riverside;s=NO-SUCH-TAG");
		Binding unknownNamespace = bindings.get(7);
		unknownNamespace.setNodeId("nsu=urn:nobody:serves:this;s=X");
		try (ValueStore store = new ValueStore(20, 10_000); LiveSession session = connect(endpoint)) {
			SubscriptionReport report = session.subscribe(bindings, store);
			assertEquals(2, report.failed().size(), report.failed().toString());
			BindingStatus badNode = report.failed().stream().filter(s -> s.binding() == unknownNode).findFirst()
					.orElseThrow();
			assertTrue(badNode.status().contains("Bad_NodeIdUnknown"), badNode.status());
			assertTrue(report.failed().stream()
					.anyMatch(s -> s.binding() == unknownNamespace && s.status().contains("urn:nobody:serves:this")));
			assertEquals(151, report.monitored());
			// refused or not, each binding is reported in the place it was given
			assertEquals(bindings, report.bindings().stream().map(BindingStatus::binding).toList());
			assertTrue(LivePlants.await(() -> store.snapshot().size() == 151, Duration.ofSeconds(15)),
					"values for " + store.snapshot().size() + " of 151 signals");
		}
	}

	@Test
	void aListenerGetsCoalescedBatchesAndTheHistoryStaysBounded() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "coalesced");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		AtomicInteger calls = new AtomicInteger();
		AtomicInteger emptyBatches = new AtomicInteger();
		AtomicLong values = new AtomicLong();
		try (ValueStore store = new ValueStore(5, 10_000); LiveSession session = connect(endpoint)) {
			// called on the store's thread: counted there, asserted on the test thread
			store.addListener(batch -> {
				if (batch.isEmpty()) {
					emptyBatches.incrementAndGet();
				}
				calls.incrementAndGet();
				values.addAndGet(batch.size());
			}, Duration.ofMillis(250));
			session.subscribe(LiveBindings.activeOn(plant, endpoint), store);
			Thread.sleep(3_000);
			LOG.info("coalesced: {} values in {} calls, {} dropped", values.get(), calls.get(), store.dropped());
			assertEquals(0, emptyBatches.get(), "a listener is never called with nothing");
			assertTrue(values.get() > 153, "only " + values.get() + " values");
			// at most one call per 250 ms over 3 s, whatever the number of values
			assertTrue(calls.get() <= 14, calls.get() + " calls");
			assertTrue(calls.get() * 10L < values.get(), calls.get() + " calls for " + values.get() + " values");
			int longest = store.snapshot().keySet().stream().mapToInt(s -> store.history(s).size()).max().orElse(0);
			assertEquals(5, longest, "the fullest history holds the bound, no more");
		}
	}

	private static LiveSession connect(Endpoint endpoint) throws Exception {
		return LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()));
	}
}
