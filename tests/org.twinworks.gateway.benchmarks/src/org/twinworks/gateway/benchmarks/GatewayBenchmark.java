// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.gateway.SparkplugGateway;
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
import org.twinworks.model.SignalDataType;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.SparkplugHost;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;

/**
 * 20,000 signals at 10 Hz (the virtual plant pushes every tick's value): OPC UA → the gateway's store (the direct
 * subscription) → gateway → Mosquitto → one, then two Sparkplug subscribers, all on 127.0.0.1 and, but for
 * Mosquitto, in this JVM. Prints delivered rates (the subscribers' against the direct subscription's in the same
 * run), messages lost by seq, latency source → subscriber, bytes per second on the wire and CPU. Asserts nothing.
 */
class GatewayBenchmark {
	private static final int SIGNALS = 20_000;
	private static final Duration TICK = Duration.ofMillis(100);
	private static final Duration WARM_UP = Duration.ofSeconds(8);
	private static final Duration MEASURE = Duration.ofSeconds(10);

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
									.build())) {
				store.onApplied(change -> direct.count(1));
				SubscriptionReport report = session.subscribe(bindings, store);
				if (report.monitored() != bindings.size()) {
					throw new IllegalStateException(report.failed().size() + " items refused");
				}
				try (SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("bench", "gw"), options, bindings,
						store, Duration.ofMillis(250), Duration.ofSeconds(30))) {
					phase("1 subscriber", options, direct, 1, gateway);
					phase("2 subscribers", options, direct, 2, gateway);
				}
			}
		}
	}

	private static void phase(String name, BrokerOptions options, SubscriberCounters direct, int subscribers,
			SparkplugGateway gateway) throws Exception {
		SubscriberCounters[] counters = new SubscriberCounters[subscribers];
		SparkplugHost[] hosts = new SparkplugHost[subscribers];
		try {
			for (int i = 0; i < subscribers; i++) {
				counters[i] = new SubscriberCounters();
				hosts[i] = SparkplugHost.start("bench", options, "bench-" + subscribers + "-" + i, counters[i],
						Duration.ofSeconds(30));
			}
			Thread.sleep(WARM_UP.toMillis());
			long[] lostBefore = new long[subscribers];
			long[] bytesBefore = new long[subscribers];
			for (int i = 0; i < subscribers; i++) {
				counters[i].start();
				lostBefore[i] = hosts[i].decoder().lostMessages();
				bytesBefore[i] = hosts[i].bytesReceived();
			}
			direct.start();
			long published = gateway.edgeNode().published();
			long cpu = processCpuNanos();
			long wall = System.nanoTime();
			Thread.sleep(MEASURE.toMillis());
			double seconds = (System.nanoTime() - wall) / 1e9;
			double cpuShare = (processCpuNanos() - cpu) / 1e9 / seconds;
			direct.stop();
			long messages = gateway.edgeNode().published() - published;
			for (int i = 0; i < subscribers; i++) {
				counters[i].stop();
				print("%s, subscriber %d: %,.0f metric updates/s against %,.0f/s on the direct OPC UA subscription:"
						+ " ratio %.2f (goal >= 0.9); lost by seq %d; latency source -> subscriber p50 %d ms, p99 %d ms;"
						+ " %,.0f bytes/s to it (topic and payload; %,.0f messages/s)", name, i + 1,
						counters[i].perSecond(), direct.perSecond(), counters[i].perSecond() / direct.perSecond(),
						hosts[i].decoder().lostMessages() - lostBefore[i], counters[i].percentileMs(0.5),
						counters[i].percentileMs(0.99), (hosts[i].bytesReceived() - bytesBefore[i]) / seconds,
						counters[i].messagesPerSecond());
			}
			print("%s: the gateway published %,.0f messages/s; CPU of this JVM (plant, OPC UA client, gateway and"
					+ " the subscribers; Mosquitto not included) %.2f cores", name, messages / seconds, cpuShare);
		} finally {
			for (SparkplugHost host : hosts) {
				if (host != null) {
					host.close();
				}
			}
		}
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
