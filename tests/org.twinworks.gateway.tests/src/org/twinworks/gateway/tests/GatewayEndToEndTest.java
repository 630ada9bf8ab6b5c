// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.gateway.GatewayStats;
import org.twinworks.gateway.MetricCatalog;
import org.twinworks.gateway.SparkplugGateway;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.HostListener;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.SparkplugHost;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;
import org.twinworks.tests.mqtt.harness.TcpRelay;

/** Virtual plant (OPC UA on 127.0.0.1) → gateway → Mosquitto → Sparkplug host, all real. */
class GatewayEndToEndTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@TempDir
	static Path dir;

	private static LiveClient client;
	private static TestPlant plant;
	private static VirtualPlant sim;
	private static MosquittoBroker broker;

	@BeforeAll
	static void start() throws Exception {
		client = new LiveClient(dir);
		// one tick an hour: the values stand still, so a direct read afterwards must equal what the host got
		plant = TestPlant.in(dir).trustClientOf(client.pki()).configure(c -> c.tickInterval(Duration.ofHours(1)));
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
	void everyDemoSignalArrivesWithTheValueQualityAndSourceTimeOfADirectRead() throws Exception {
		Plant model = client.demoPlant("direct", sim);
		List<Binding> bindings = LiveBindings.activeOn(model, model.getTwin().getEndpoints().get(0));
		LatestMetrics host = new LatestMetrics();
		try (ValueStore store = new ValueStore(1, 10_000);
				LiveSession session = LiveSession.connect(model.getTwin().getEndpoints().get(0),
						client.options(event -> {
						}).build());
				SparkplugHost subscriber = SparkplugHost.start("e2e", lab(broker.uri()), "e2e-host", host, TIMEOUT)) {
			session.subscribe(bindings, store);
			assertTrue(await(() -> store.snapshot().size() == bindings.size()), "values in the gateway's store");
			try (SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("e2e", "gw"), lab(broker.uri()),
					bindings, store, Duration.ofMillis(100), TIMEOUT)) {
				MetricCatalog catalog = gateway.catalog();
				assertEquals(bindings.size(), catalog.size());
				assertTrue(await(() -> host.latest.size() == bindings.size()),
						host.latest.size() + " of " + bindings.size() + " metrics at the host");
				for (Binding binding : bindings) {
					SignalValue direct = session.read(binding.getNodeId());
					MetricCatalog.Entry entry = catalog.entry(binding.getSignal());
					Metric expected = catalog.data(entry, direct);
					Metric got = host.latest.get(binding.getSignal().getTag());
					String what = binding.getSignal().getTag() + " (" + entry.type() + ")";
					assertEquals(expected.value(), got.value(), what);
					assertEquals(expected.timestamp(), got.timestamp(), what + ": source timestamp");
					assertEquals(direct.statusCode(), got.properties().statusCodeOrGood(), what + ": quality");
					assertEquals(entry.device(), host.deviceOf.get(binding.getSignal().getTag()), what);
				}
				Metric withUnit = host.births.values().stream().filter(m -> m.properties().unit() != null).findFirst()
						.orElseThrow();
				assertNotEquals(null, withUnit.properties().high(), "births carry the range with the unit");
				assertEquals(0, subscriber.decoder().lostMessages());
			}
		}
	}

	@Test
	void aKilledGatewayIsDeclaredDeadAndARestartedOneRecovers() throws Exception {
		Plant model = client.demoPlant("restart", sim);
		List<Binding> bindings = LiveBindings.activeOn(model, model.getTwin().getEndpoints().get(0));
		LatestMetrics host = new LatestMetrics();
		EdgeNodeId id = new EdgeNodeId("restart", "gw");
		try (ValueStore store = new ValueStore(1, 10_000);
				LiveSession session = LiveSession.connect(model.getTwin().getEndpoints().get(0),
						client.options(event -> {
						}).build());
				SparkplugHost subscriber = SparkplugHost.start("restart", lab(broker.uri()), "r-host", host, TIMEOUT)) {
			session.subscribe(bindings, store);
			assertTrue(await(() -> store.snapshot().size() == bindings.size()));
			DeviceId someDevice;
			try (TcpRelay relay = new TcpRelay(broker.port());
					SparkplugGateway gateway = SparkplugGateway.start(id, lab(relay.uri("mqtt")), bindings, store,
							Duration.ofMillis(100), TIMEOUT)) {
				someDevice = id.device(gateway.catalog().devices().get(0));
				assertTrue(await(() -> host.nodeBirths.get() == 1));
				// the process dies: no DISCONNECT, the connection just ends, and nothing comes back
				relay.refuseNew(true);
				relay.cutAll();
				assertTrue(await(() -> host.deaths.get() == 1), "NDEATH (the will) after the gateway died");
				assertTrue(subscriber.decoder().isStale(someDevice));
			}
			try (SparkplugGateway again = SparkplugGateway.start(id, lab(broker.uri()), bindings, store,
					Duration.ofMillis(100), TIMEOUT)) {
				assertTrue(await(() -> host.nodeBirths.get() == 2), "a restarted gateway is born again");
				assertTrue(await(() -> !subscriber.decoder().isStale(someDevice)));
				assertFalse(subscriber.decoder().isStale(someDevice));
			}
		}
	}

	@Test
	void aBadValueAtThePlantArrivesBadAtTheHost() throws Exception {
		// a plant that ticks (the class's plant stands still), with its own client so the trust lists stay apart
		Path own = dir.resolve("ticking");
		LiveClient ownClient = new LiveClient(own);
		try (TestPlant ticking = TestPlant.in(own).trustClientOf(ownClient.pki())) {
			VirtualPlant running = ticking.start();
			ownClient.trust(running);
			Plant model = ownClient.demoPlant("bad", running);
			List<Binding> bindings = LiveBindings.activeOn(model, model.getTwin().getEndpoints().get(0));
			Binding faulted = bindings.stream()
					.filter(b -> b.getSignal().getDataType() == org.twinworks.model.SignalDataType.DOUBLE).findFirst()
					.orElseThrow();
			String tag = faulted.getSignal().getTag();
			LatestMetrics host = new LatestMetrics();
			try (ValueStore store = new ValueStore(1, 10_000);
					LiveSession session = LiveSession.connect(model.getTwin().getEndpoints().get(0),
							ownClient.options(event -> {
							}).build());
					SparkplugHost subscriber = SparkplugHost.start("bad", lab(broker.uri()), "bad-host", host, TIMEOUT);
					SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("bad", "gw"), lab(broker.uri()),
							bindings, store, Duration.ofMillis(100), TIMEOUT)) {
				session.subscribe(bindings, store);
				assertTrue(await(() -> host.latest.containsKey(tag)), tag + " at the host");
				running.inject(tag, Fault.badQuality());
				assertTrue(await(() -> isBad(host.latest.get(tag))),
						tag + " never arrived Bad: " + host.latest.get(tag));
				long atPlant = store.latest(faulted.getSignal()).orElseThrow().statusCode();
				assertEquals(atPlant, host.latest.get(tag).properties().statusCodeOrGood(),
						"the OPC UA status code itself, not just 'bad'");
				running.clear(tag);
				assertTrue(await(() -> !isBad(host.latest.get(tag))), "Good again after the fault is cleared");
				assertEquals(0, subscriber.decoder().lostMessages());
				assertTrue(await(() -> gateway.stats().messages() > 0), "the gateway counts the DDATA it published");
				GatewayStats stats = gateway.stats();
				assertTrue(stats.metrics() >= stats.messages(), stats.toString());
				assertTrue(stats.cycles() > 0 && stats.cycleNanos() > 0, stats.toString());
				assertEquals(0, gateway.edgeNode().droppedInFlight());
				assertTrue(gateway.edgeNode().published() > stats.messages(), "births and data");
				assertTrue(gateway.edgeNode().bytesPublished() > stats.metrics(), "bytes on the wire");
			}
		}
	}

	private static boolean isBad(Metric metric) {
		return metric != null && (metric.properties().statusCodeOrGood() & 0x8000_0000L) != 0;
	}

	private static BrokerOptions lab(String uri) {
		return BrokerOptions.of(BrokerAddress.parse(uri)).withLabMode(true).withBackoff(Duration.ofMillis(200),
				Duration.ofSeconds(2));
	}

	private static boolean await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}

	/** The latest metric per name, as a consumer's store would hold it. */
	private static final class LatestMetrics implements HostListener {
		final Map<String, Metric> latest = new ConcurrentHashMap<>();
		final Map<String, Metric> births = new ConcurrentHashMap<>();
		final Map<String, String> deviceOf = new ConcurrentHashMap<>();
		final AtomicInteger nodeBirths = new AtomicInteger();
		final AtomicInteger deaths = new AtomicInteger();

		@Override
		public void onNodeBirth(EdgeNodeId node, int bdSeq, List<Metric> metrics) {
			nodeBirths.incrementAndGet();
		}

		@Override
		public void onDeviceBirth(DeviceId device, List<Metric> metrics) {
			for (Metric metric : metrics) {
				births.put(metric.name(), metric);
				deviceOf.put(metric.name(), device.device());
			}
			onDeviceData(device, metrics);
		}

		@Override
		public void onDeviceData(DeviceId device, List<Metric> metrics) {
			metrics.forEach(metric -> latest.put(metric.name(), metric));
		}

		@Override
		public void onNodeDeath(EdgeNodeId node, Set<DeviceId> staleDevices) {
			deaths.incrementAndGet();
		}
	}
}
