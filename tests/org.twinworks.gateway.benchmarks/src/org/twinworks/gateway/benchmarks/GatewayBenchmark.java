// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.gateway.GatewayStats;
import org.twinworks.gateway.MetricCatalog;
import org.twinworks.gateway.SparkplugGateway;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SparkplugSession;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.Plant;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.MqttConnection;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;

/**
 * 20,000 signals at 10 Hz (the virtual plant pushes every tick's value): OPC UA → the gateway's store (the direct
 * subscription) → gateway → Mosquitto → one, then two Sparkplug subscribers (a {@link SparkplugSession} feeding its
 * own {@link ValueStore}, as the workbench reads a gateway), all on 127.0.0.1 and, but for Mosquitto, in this JVM.
 * Prints, per phase: values applied per second in each subscriber's store against the direct subscription's in the
 * same window, messages lost by seq, latency source → subscriber store and per stage (source → gateway store, the
 * gateway's cycle, the queues at the gateway and the subscribers), bytes per second on the wire (Mosquitto's
 * $SYS counters) and CPU (the gateway's cycles, this JVM by thread group, Mosquitto). Asserts nothing.
 */
class GatewayBenchmark {
	private static final int SIGNALS = 20_000;
	private static final Duration TICK = Duration.ofMillis(100);
	private static final Duration WARM_UP = Duration.ofSeconds(8);
	private static final Duration MEASURE = Duration.ofSeconds(15);
	private static final String GROUP = "bench";

	@TempDir
	Path directory;

	@Test
	void twentyThousandSignalsAtTenHertzToOneAndTwoSubscribers() throws Exception {
		Plant plant = plant(SIGNALS);
		Path clientPki = directory.resolve("client-pki");
		try (TestPlant served = TestPlant.in(directory.resolve("sim")).serving(() -> plant).trustClientOf(clientPki)
				.configure(c -> c.labMode(true).countingValues(true).pushTickValues(true).tickInterval(TICK));
				MosquittoBroker broker = MosquittoBroker.startPlain()) {
			VirtualPlant sim = served.start();
			Endpoint endpoint = endpoint(plant, sim, clientPki);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			BrokerOptions options = BrokerOptions.of(BrokerAddress.parse(broker.uri())).withLabMode(true);
			SubscriberCounters direct = new SubscriberCounters();
			try (ValueStore store = new ValueStore(1, 400_000);
					LiveSession session = LiveSession.connect(endpoint,
							LiveOptions.builder().pkiDirectory(clientPki).serverTrust(ServerTrust.rejectAll())
									.publishingInterval(Duration.ofMillis(250)).requestTimeout(Duration.ofSeconds(60))
									.build());
					BrokerCounters wire = BrokerCounters.start(options)) {
				store.onApplied(direct::applied);
				SubscriptionReport report = session.subscribe(bindings, store);
				if (report.monitored() != bindings.size()) {
					throw new IllegalStateException(report.failed().size() + " items refused");
				}
				try (SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId(GROUP, "gw"), options, bindings,
						store, Duration.ofMillis(250), Duration.ofSeconds(30))) {
					Endpoint sparkplug = sparkplugEndpoint(plant, broker.uri());
					List<Binding> metricBindings = metricBindings(gateway.catalog(), bindings, sparkplug);
					Rig rig = new Rig(direct, gateway, wire, broker, sparkplug, metricBindings);
					rig.phase("1 subscriber", 1, store);
					rig.phase("2 subscribers", 2, store);
				}
			}
		}
	}

	private record Rig(SubscriberCounters direct, SparkplugGateway gateway, BrokerCounters wire, MosquittoBroker broker,
			Endpoint sparkplug, List<Binding> metricBindings) {

		void phase(String name, int subscribers, ValueStore gatewayStore) throws Exception {
			SubscriberCounters[] counters = new SubscriberCounters[subscribers];
			ValueStore[] stores = new ValueStore[subscribers];
			SparkplugSession[] sessions = new SparkplugSession[subscribers];
			try {
				for (int i = 0; i < subscribers; i++) {
					counters[i] = new SubscriberCounters();
					stores[i] = new ValueStore(1, 400_000);
					stores[i].onApplied(counters[i]::applied);
					sessions[i] = SparkplugSession.connect(sparkplug,
							LiveOptions.builder().requestTimeout(Duration.ofSeconds(30)).build());
					sessions[i].subscribe(metricBindings, stores[i]);
				}
				Thread.sleep(WARM_UP.toMillis());
				long[] lostBefore = new long[subscribers];
				long[] droppedBefore = new long[subscribers];
				for (int i = 0; i < subscribers; i++) {
					counters[i].start();
					lostBefore[i] = sessions[i].status().lostMessages();
					droppedBefore[i] = stores[i].dropped() + sessions[i].droppedDeliveries();
				}
				direct.start();
				GatewayStats before = gateway.stats();
				long gatewayBytes = gateway.edgeNode().bytesPublished();
				long sent = wire.bytesSent();
				long received = wire.bytesReceived();
				long brokerCpu = broker.cpuTime().toNanos();
				long cpu = processCpuNanos();
				ThreadCpu threads = new ThreadCpu();
				long wall = System.nanoTime();
				int maxInFlight = 0;
				int maxGatewayInbox = 0;
				int[] maxInbox = new int[subscribers];
				int[] maxBacklog = new int[subscribers];
				while (System.nanoTime() - wall < MEASURE.toNanos()) {
					Thread.sleep(100);
					maxInFlight = Math.max(maxInFlight, gateway.edgeNode().inFlight());
					maxGatewayInbox = Math.max(maxGatewayInbox, gatewayStore.backlog());
					for (int i = 0; i < subscribers; i++) {
						maxBacklog[i] = Math.max(maxBacklog[i], sessions[i].deliveryBacklog());
						maxInbox[i] = Math.max(maxInbox[i], stores[i].backlog());
					}
				}
				double seconds = (System.nanoTime() - wall) / 1e9;
				double cpuShare = (processCpuNanos() - cpu) / 1e9 / seconds;
				String byThread = threads.top(7, seconds);
				long gcMillis = threads.gcMillisSince();
				double brokerShare = (broker.cpuTime().toNanos() - brokerCpu) / 1e9 / seconds;
				direct.stop();
				GatewayStats after = gateway.stats();
				double sentPerSecond = (wire.bytesSent() - sent) / seconds;
				double receivedPerSecond = (wire.bytesReceived() - received) / seconds;
				for (int i = 0; i < subscribers; i++) {
					counters[i].stop();
					print("%s, subscriber %d: %,.0f values/s applied to its store against %,.0f/s on the direct OPC UA"
							+ " subscription: ratio %.2f (goal >= 0.9); lost by seq %d; dropped %d; latency source ->"
							+ " subscriber store p50 %d ms, p99 %d ms; at most %d messages waiting for its decoder, %d values"
							+ " for its store", name, i + 1, counters[i].perSecond(), direct.perSecond(),
							counters[i].perSecond() / direct.perSecond(),
							sessions[i].status().lostMessages() - lostBefore[i],
							stores[i].dropped() + sessions[i].droppedDeliveries() - droppedBefore[i],
							counters[i].percentileMs(0.5), counters[i].percentileMs(0.99), maxBacklog[i], maxInbox[i]);
				}
				long cycles = after.cycles() - before.cycles();
				print("%s: stages: source -> gateway store p50 %d ms, p99 %d ms (at most %,d values waiting in it); gateway %,.0f DDATA/s (%,.0f metrics/s,"
						+ " %.1f per message), %d cycles, %.1f ms a cycle on average (longest so far %.1f ms),"
						+ " at most %d messages waiting in the MQTT client, %d dropped", name, direct.percentileMs(0.5),
						direct.percentileMs(0.99), maxGatewayInbox, (after.messages() - before.messages()) / seconds,
						(after.metrics() - before.metrics()) / seconds,
						(after.metrics() - before.metrics())
								/ (double) Math.max(1, after.messages() - before.messages()),
						cycles, (after.cycleNanos() - before.cycleNanos()) / 1e6 / Math.max(1, cycles),
						after.longestCycleNanos() / 1e6, maxInFlight, after.dropped() - before.dropped());
				print("%s: wire: the gateway published %,.0f bytes/s (topic and payload); Mosquitto received %,.0f"
						+ " bytes/s and sent %,.0f bytes/s (MQTT framing included, all clients, $SYS counters)", name,
						(gateway.edgeNode().bytesPublished() - gatewayBytes) / seconds, receivedPerSecond,
						sentPerSecond);
				print("%s: CPU: the gateway's cycles %.3f cores; this JVM %.2f cores (plant, OPC UA client, gateway,"
						+ " subscribers), by thread: %s; garbage collection %d ms; Mosquitto %.2f cores; load average %.2f",
						name, (after.cycleCpuNanos() - before.cycleCpuNanos()) / 1e9 / seconds, cpuShare, byThread,
						gcMillis, brokerShare, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			} finally {
				for (int i = 0; i < subscribers; i++) {
					if (sessions[i] != null) {
						sessions[i].close();
					}
					if (stores[i] != null) {
						stores[i].close();
					}
				}
			}
		}
	}

	/** Mosquitto's $SYS byte counters (published every second, see the harness's configuration). */
	private static final class BrokerCounters implements AutoCloseable {
		private final Map<String, Long> values = new ConcurrentHashMap<>();
		private final MqttConnection connection;

		private BrokerCounters(MqttConnection connection) {
			this.connection = connection;
		}

		static BrokerCounters start(BrokerOptions options) throws Exception {
			MqttConnection connection = MqttConnection.create(options, "bench-sys", () -> null);
			BrokerCounters counters = new BrokerCounters(connection);
			connection.subscribe("$SYS/broker/bytes/+", (topic, payload) -> counters.values.put(topic,
					Long.parseLong(new String(payload, java.nio.charset.StandardCharsets.US_ASCII).trim())));
			connection.connect(Duration.ofSeconds(30));
			return counters;
		}

		long bytesSent() {
			return values.getOrDefault("$SYS/broker/bytes/sent", 0L);
		}

		long bytesReceived() {
			return values.getOrDefault("$SYS/broker/bytes/received", 0L);
		}

		@Override
		public void close() {
			connection.close();
		}
	}

	private static Endpoint sparkplugEndpoint(Plant plant, String brokerUri) {
		Endpoint endpoint = TwinFactory.eINSTANCE.createEndpoint();
		endpoint.setName("broker");
		endpoint.setKind(EndpointKind.SPARKPLUG_B);
		endpoint.setUrl(brokerUri);
		endpoint.setLabMode(true);
		endpoint.setGroupId(GROUP);
		endpoint.setEdgeNodeId("gw");
		plant.getTwin().getEndpoints().add(endpoint);
		return endpoint;
	}

	/** A binding per published metric, naming device/metric as the gateway publishes them (not added to the plant). */
	private static List<Binding> metricBindings(MetricCatalog catalog, List<Binding> bindings, Endpoint sparkplug) {
		List<Binding> result = new ArrayList<>();
		for (Binding opc : bindings) {
			MetricCatalog.Entry entry = catalog.entry(opc.getSignal());
			if (entry != null) {
				Binding binding = TwinFactory.eINSTANCE.createBinding();
				binding.setSignal(opc.getSignal());
				binding.setEndpoint(sparkplug);
				binding.setNodeId(entry.device() + "/" + entry.name());
				result.add(binding);
			}
		}
		return result;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** A synthetic plant with exactly {@code signals} active bindings, all Double, sampled at the tick. */
	private static Plant plant(int signals) {
		Plant plant = SyntheticPlants.create(signals * 5, 7);
		List<Binding> all = plant.getTwin().getBindings();
		for (int i = 0; i < all.size(); i++) {
			Binding binding = all.get(i);
			binding.setActive(i < signals);
			binding.setSamplingInterval((double) TICK.toMillis());
			binding.setQueueSize(10);
			binding.getSignal().setDataType(SignalDataType.DOUBLE);
		}
		return plant;
	}

	private static Endpoint endpoint(Plant plant, VirtualPlant sim, Path clientPki) throws Exception {
		new LiveClient(clientPki.getParent(), clientPki).trust(sim);
		Endpoint endpoint = LiveClient.endpointOf(plant, sim);
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		endpoint.setLabMode(true);
		return endpoint;
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: gateway " + String.format(format, args));
	}
}
