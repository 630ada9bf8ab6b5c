// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.SignalDataType;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The virtual plant with pushed tick values, in counting mode at 10 Hz: every value is the tick number, so a
 * client sees exactly which ticks reached it. Milo's own sampler, at the tick's period, skips some.
 */
class PushedTickValuesTest {
	private static final double TICK_MS = 100;

	@TempDir
	static Path directory;

	private static Plant demo;
	private static VirtualPlant plant;
	private static OpcUaClient client;

	@BeforeAll
	static void startPlant() throws Exception {
		TestClients clients = new TestClients();
		demo = TestClients.demoPlant(directory);
		plant = TestPlant
				.in(directory).serving(() -> demo).trustClient(clients.certificate).configure(config -> config
						.countingValues(true).pushTickValues(true).tickInterval(Duration.ofMillis((long) TICK_MS)))
				.start();
		client = clients.connect(plant);
	}

	@AfterAll
	static void stopPlant() {
		if (client != null) {
			TestClients.disconnect(client);
		}
		if (plant != null) {
			plant.close();
		}
	}

	@Test
	void itemsSamplingAtTheTickRateSeeEveryTickOnceAndInOrder() throws Exception {
		Map<String, List<Long>> seen = subscribe(doubleTags(), TICK_MS, Duration.ofSeconds(3));
		for (Map.Entry<String, List<Long>> entry : seen.entrySet()) {
			List<Long> counters = entry.getValue();
			assertTrue(counters.size() >= 15, entry.getKey() + " saw only " + counters);
			for (int i = 1; i < counters.size(); i++) {
				assertEquals(counters.get(i - 1) + 1, counters.get(i),
						entry.getKey() + " skipped or repeated: " + counters);
			}
		}
	}

	@Test
	void anItemSamplingSlowerThanTheTickKeepsItsInterval() throws Exception {
		String tag = doubleTags().get(0);
		List<Long> counters = subscribe(List.of(tag), 1000, Duration.ofMillis(3_500)).get(tag);
		// the initial value and about one a second; pushed, it would have had 35
		assertTrue(counters.size() >= 3 && counters.size() <= 6, counters.toString());
		assertTrue(counters.get(counters.size() - 1) - counters.get(0) >= 20, counters.toString());
	}

	@Test
	void anItemModifiedToTheTickRateIsPushedFromThenOn() throws Exception {
		String tag = doubleTags().get(0);
		List<Long> counters = new CopyOnWriteArrayList<>();
		OpcUaSubscription subscription = new OpcUaSubscription(client, 250.0);
		subscription.create();
		try {
			OpcUaMonitoredItem item = item(tag, 1000, counters);
			subscription.addMonitoredItem(item);
			subscription.synchronizeMonitoredItems();
			Thread.sleep(1_500);
			item.setSamplingInterval(TICK_MS);
			subscription.synchronizeMonitoredItems();
			int before = counters.size();
			Thread.sleep(2_000);
			List<Long> after = counters.subList(before, counters.size());
			assertTrue(after.size() >= 15, "after the change only " + after);
			for (int i = 1; i < after.size(); i++) {
				assertEquals(after.get(i - 1) + 1, after.get(i), "skipped or repeated: " + after);
			}
		} finally {
			subscription.delete();
		}
	}

	private static List<String> doubleTags() {
		return demo.getTwin().getBindings().stream().map(Binding::getSignal)
				.filter(s -> s.getDataType() == SignalDataType.DOUBLE).map(s -> s.getTag()).distinct().toList();
	}

	private static Map<String, List<Long>> subscribe(List<String> tags, double samplingMs, Duration listen)
			throws Exception {
		Map<String, List<Long>> seen = new ConcurrentHashMap<>();
		OpcUaSubscription subscription = new OpcUaSubscription(client, 250.0);
		subscription.create();
		try {
			List<OpcUaMonitoredItem> items = new ArrayList<>();
			for (String tag : tags) {
				List<Long> counters = new CopyOnWriteArrayList<>();
				seen.put(tag, counters);
				items.add(item(tag, samplingMs, counters));
			}
			subscription.addMonitoredItems(items);
			subscription.synchronizeMonitoredItems();
			Thread.sleep(listen.toMillis());
		} finally {
			subscription.delete();
		}
		return seen;
	}

	private static OpcUaMonitoredItem item(String tag, double samplingMs, List<Long> counters) {
		OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(TestClients.node(client, tag));
		item.setSamplingInterval(samplingMs);
		// a whole second of values: a slow test machine must not overflow the queue and pass for a skip
		item.setQueueSize(uint(50));
		item.setDataValueListener((i, value) -> counters.add(((Number) value.getValue().getValue()).longValue()));
		return item;
	}
}
