// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.gateway.GatewayWrites;
import org.twinworks.gateway.SparkplugGateway;
import org.twinworks.live.AuditLog;
import org.twinworks.live.BrokerPki;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.GuardedWriter;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.LiveSource;
import org.twinworks.live.LiveSources;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SparkplugSession;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedCertificate;
import org.twinworks.live.ValueStore;
import org.twinworks.live.WriteArming;
import org.twinworks.live.WriteOutcome;
import org.twinworks.live.WriteResult;
import org.twinworks.live.internal.MetricSignalValues;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.Plant;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.MessageType;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.PayloadCodec;
import org.twinworks.sparkplug.SparkplugFormatException;
import org.twinworks.sparkplug.SparkplugPayload;
import org.twinworks.sparkplug.SparkplugTopic;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.sparkplug.mqtt.BrokerTrust;
import org.twinworks.sparkplug.mqtt.MqttConnection;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;
import org.twinworks.tests.mqtt.harness.TcpRelay;
import org.twinworks.tests.mqtt.harness.TestCertificates;

/**
 * The Sparkplug source end to end on 127.0.0.1, all real: virtual plant (OPC UA) → LiveSession → ValueStore →
 * gateway → Mosquitto → {@link SparkplugSession} → a second ValueStore, compared with direct OPC UA reads.
 */
class SparkplugSourceTest {

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
		// one tick an hour: the values stand still, so a direct read must equal what came through the broker
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
	void aSourceStartedAfterTheGatewayGetsEveryDemoSignalAsADirectReadGivesIt() throws Exception {
		Rig rig = new Rig("late", broker.uri());
		try (rig; SparkplugGateway gateway = rig.gateway(broker.uri())) {
			// the births are out before the source subscribes: it must ask for a rebirth to see anything
			assertTrue(await(() -> gateway.edgeNode().birthCount() >= 1));
			Events events = new Events();
			try (ValueStore received = new ValueStore(100, 10_000); SparkplugSession source = rig.source(events)) {
				Recorder recorder = new Recorder(dir.resolve("late.twrec"), source.endpointUrl(),
						rig.sparkplugBindings);
				AutoCloseable recording = received.addListener(recorder, Duration.ofMillis(50));
				SubscriptionReport report = source.subscribe(rig.sparkplugBindings, received);
				assertEquals(rig.sparkplugBindings.size(), report.monitored());
				assertTrue(await(() -> received.snapshot().size() == rig.opcBindings.size()),
						received.snapshot().size() + " of " + rig.opcBindings.size() + " signals through the broker");
				for (Binding binding : rig.opcBindings) {
					SignalValue direct = rig.session.read(binding.getNodeId());
					SignalValue got = received.latest(binding.getSignal()).orElseThrow();
					String what = binding.getSignal().getTag() + " (" + binding.getSignal().getDataType() + ")";
					assertEquals(direct.value(), got.value(), what + ": value");
					assertEquals(direct.statusCode(), got.statusCode(), what + ": quality");
					assertEquals(direct.status(), got.status(), what + ": status name");
					// Sparkplug carries milliseconds; OPC UA's DateTime has 100 ns ticks
					assertEquals(millis(direct.sourceTime()), got.sourceTime(), what + ": source time");
					// a read's server time is when the server answered it: compare with the gateway's subscription
					SignalValue atGateway = rig.plantStore.latest(binding.getSignal()).orElseThrow();
					assertEquals(millis(atGateway.serverTime()), got.serverTime(), what + ": server time");
				}
				assertEquals(0, source.status().lostMessages(), "nothing lost by seq");
				assertEquals(0, source.status().gaps());
				assertTrue(source.status().nodeAlive());
				assertTrue(events.any(e -> e.state() == ConnectionState.CONNECTED && e.lostMessages() == 0
						&& e.reason() != null && e.reason().contains("born")), events.toString());
				recording.close();
				recorder.recordCurrent(received.snapshot());
				recorder.close();
				Recording recorded = Recording.read(dir.resolve("late.twrec"));
				assertTrue(recorded.values().size() >= rig.opcBindings.size());
				assertTrue(recorded.values().stream().allMatch(v -> v.endpoint().equals(broker.uri())));
				assertEquals(rig.opcBindings.size(), recorded.values().stream().map(v -> v.tag()).distinct().count(),
						"every signal recorded");
			}
		}
	}

	@Test
	void anNdeathMakesTheSignalsStaleAndARestartedGatewayRecoversThem() throws Exception {
		Rig rig = new Rig("death", broker.uri());
		Events events = new Events();
		try (rig; ValueStore received = new ValueStore(100, 10_000); SparkplugSession source = rig.source(events)) {
			source.subscribe(rig.sparkplugBindings, received);
			Binding some = rig.sparkplugBindings.get(0);
			try (TcpRelay relay = new TcpRelay(broker.port());
					SparkplugGateway gateway = rig.gateway(relay.uri("mqtt"))) {
				assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()));
				assertTrue(received.latest(some.getSignal()).orElseThrow().isGood());
				// the gateway's process dies: the broker publishes its will, the NDEATH
				relay.refuseNew(true);
				relay.cutAll();
				assertTrue(
						await(() -> received.snapshot().values().stream()
								.allMatch(v -> v.statusCode() == MetricSignalValues.NO_COMMUNICATION)),
						"every signal stale");
				assertEquals("Bad_NoCommunication", received.latest(some.getSignal()).orElseThrow().status());
				assertTrue(
						await(() -> events
								.any(e -> e.state() == ConnectionState.RECONNECTING && e.reason().contains("NDEATH"))),
						events.toString());
				assertFalse(source.status().nodeAlive());
			}
			try (SparkplugGateway again = rig.gateway(broker.uri())) {
				assertTrue(await(() -> received.snapshot().values().stream().allMatch(SignalValue::isGood)),
						"every signal good again after the rebirth");
				assertTrue(source.status().nodeAlive());
				assertTrue(source.status().births() >= 2);
				assertTrue(await(() -> events.last().state() == ConnectionState.CONNECTED), events.toString());
			}
		}
	}

	@Test
	void aRestartedBrokerIsReconnectedAndTheNodeReborn() throws Exception {
		try (MosquittoBroker own = MosquittoBroker.startPlain()) {
			Rig rig = new Rig("restart", own.uri());
			Events events = new Events();
			try (rig;
					ValueStore received = new ValueStore(100, 10_000);
					SparkplugGateway gateway = rig.gateway(own.uri());
					SparkplugSession source = rig.source(events)) {
				source.subscribe(rig.sparkplugBindings, received);
				assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()));
				long births = source.status().births();
				own.kill();
				assertTrue(
						await(() -> received.snapshot().values().stream()
								.allMatch(v -> v.statusCode() == MetricSignalValues.NO_COMMUNICATION)),
						"stale while the broker is gone");
				assertTrue(await(() -> events.any(e -> e.state() == ConnectionState.RECONNECTING
						&& e.reason().contains("broker connection was lost"))), events.toString());
				own.restart();
				assertTrue(await(() -> source.status().births() > births && source.status().brokerConnected()),
						"reconnected and reborn: " + source.status());
				assertTrue(await(() -> received.snapshot().values().stream().allMatch(SignalValue::isGood)),
						"good again after the broker came back");
			}
		}
	}

	@Test
	void aBrokerWithAnUntrustedCertificateIsRefusedWithItsThumbprint() throws Exception {
		TestCertificates certificates = TestCertificates.generate("Untrusted Test CA");
		try (MosquittoBroker tls = MosquittoBroker.startTls(certificates)) {
			Rig rig = new Rig("tls", tls.uri());
			Events events = new Events();
			try (rig) {
				LiveConnectionException e = assertThrows(LiveConnectionException.class, () -> rig.source(events));
				assertTrue(e.getMessage().contains("certificate we do not trust") && e.getMessage().contains(tls.uri()),
						e.getMessage());
				assertEquals(ConnectionState.FAILED, events.last().state());
			}
		}
	}

	@Test
	void theBrokerTrustListInThePkiDecidesAndARefusedCertificateIsKeptForReview() throws Exception {
		TestCertificates certificates = TestCertificates.generate("Site Broker CA");
		Path pki = dir.resolve("broker-pki");
		try (MosquittoBroker tls = MosquittoBroker.startTls(certificates)) {
			Rig rig = new Rig("pki", tls.uri());
			try (rig;
					SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("pki", "gw"),
							BrokerOptions.of(BrokerAddress.parse(tls.uri()))
									.withTrust(BrokerTrust.trustListFromPem(certificates.caCertificate())),
							rig.opcBindings, rig.plantStore, Duration.ofMillis(100), TIMEOUT)) {
				LiveConnectionException refused = assertThrows(LiveConnectionException.class,
						() -> SparkplugSession.connect(rig.sparkplugEndpoint, client.options(event -> {
						}).pkiDirectory(pki).build()));
				String thumbprint = BrokerTrust
						.thumbprint(BrokerTrust.readCertificates(certificates.serverCertificate()).get(0));
				Path kept = BrokerPki.rejectedDirectory(pki).resolve(thumbprint + ".der");
				assertTrue(
						refused.getMessage().contains(thumbprint) && refused.getMessage().contains("--broker-trust")
								&& refused.getMessage().contains(BrokerPki.rejectedDirectory(pki).toString()),
						refused.getMessage());
				assertTrue(Files.isRegularFile(kept), "the refused certificate is kept as " + kept);
				assertEquals(thumbprint, BrokerTrust.thumbprint(BrokerTrust.readCertificates(kept).get(0)),
						"the broker's certificate");

				Files.createDirectories(BrokerPki.trustedDirectory(pki));
				Files.copy(certificates.caCertificate(), BrokerPki.trustedDirectory(pki).resolve("site-ca.pem"));
				try (ValueStore received = new ValueStore(10, 10_000);
						SparkplugSession source = SparkplugSession.connect(rig.sparkplugEndpoint,
								client.options(event -> {
								}).pkiDirectory(pki).build())) {
					source.subscribe(rig.sparkplugBindings, received);
					assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()),
							"values through the TLS broker, trusted by the PKI's broker trust list");
				}
			}
		}
	}

	@Test
	void aRefusedBrokerCertificateIsPutToTheUserAsAServerCertificateIs() throws Exception {
		TestCertificates certificates = TestCertificates.generate("Asked Broker CA");
		Path pki = dir.resolve("asked-pki");
		String thumbprint = BrokerTrust
				.thumbprint(BrokerTrust.readCertificates(certificates.serverCertificate()).get(0));
		try (MosquittoBroker tls = MosquittoBroker.startTls(certificates)) {
			Rig rig = new Rig("asked", tls.uri());
			try (rig;
					SparkplugGateway gateway = SparkplugGateway.start(new EdgeNodeId("asked", "gw"),
							BrokerOptions.of(BrokerAddress.parse(tls.uri()))
									.withTrust(BrokerTrust.trustListFromPem(certificates.caCertificate())),
							rig.opcBindings, rig.plantStore, Duration.ofMillis(100), TIMEOUT)) {
				List<UntrustedCertificate> asked = new CopyOnWriteArrayList<>();
				ServerTrust rejecting = certificate -> {
					asked.add(certificate);
					return TrustDecision.REJECT;
				};
				assertThrows(LiveConnectionException.class,
						() -> SparkplugSession.connect(rig.sparkplugEndpoint, client.options(event -> {
						}).pkiDirectory(pki).serverTrust(rejecting).build()));
				assertEquals(1, asked.size(), "asked once");
				assertEquals(thumbprint, asked.get(0).thumbprint());
				assertEquals(tls.uri(), asked.get(0).endpointUrl());
				assertTrue(Files.isRegularFile(BrokerPki.rejectedDirectory(pki).resolve(thumbprint + ".der")),
						"rejected: kept for review");

				receivesEverySignal(rig, pki, certificate -> TrustDecision.TRUST_ONCE);
				assertFalse(Files.exists(BrokerPki.trustedDirectory(pki).resolve(thumbprint + ".der")),
						"trusted once: not added to the trust list");
				assertThrows(LiveConnectionException.class,
						() -> SparkplugSession.connect(rig.sparkplugEndpoint, client.options(event -> {
						}).pkiDirectory(pki).build()), "trusted once: refused again on the next connection");

				receivesEverySignal(rig, pki, certificate -> TrustDecision.TRUST_ALWAYS);
				assertTrue(Files.isRegularFile(BrokerPki.trustedDirectory(pki).resolve(thumbprint + ".der")),
						"trusted always: in the trust list");
				assertFalse(Files.exists(BrokerPki.rejectedDirectory(pki).resolve(thumbprint + ".der")),
						"trusted always: no longer among the rejected");
				receivesEverySignal(rig, pki, certificate -> {
					throw new AssertionError("asked about a certificate on the trust list: " + certificate);
				});
			}
		}
	}

	private static void receivesEverySignal(Rig rig, Path pki, ServerTrust trust) throws Exception {
		try (ValueStore received = new ValueStore(10, 10_000);
				SparkplugSession source = SparkplugSession.connect(rig.sparkplugEndpoint, client.options(event -> {
				}).pkiDirectory(pki).serverTrust(trust).build())) {
			source.subscribe(rig.sparkplugBindings, received);
			assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()),
					"values through the TLS broker");
		}
	}

	@Test
	void writesGoOutAsDcmdOnlyWhenArmedAndAreAudited() throws Exception {
		Rig rig = new Rig("write", broker.uri());
		List<SparkplugPayload> commands = new CopyOnWriteArrayList<>();
		try (rig;
				SparkplugGateway gateway = rig.gateway(broker.uri());
				ValueStore received = new ValueStore(10, 10_000);
				LiveSource source = LiveSources.connect(rig.sparkplugEndpoint, client.options(event -> {
				}).requestTimeout(Duration.ofSeconds(2)).build());
				MqttConnection spy = MqttConnection.create(lab(broker.uri()), "dcmd-spy", () -> null);
				AuditLog audit = AuditLog.open(dir.resolve("sparkplug-audit.log"), 10)) {
			assertTrue(source instanceof SparkplugSession, "the endpoint's kind picks the source");
			spy.subscribe("spBv1.0/write/DCMD/#", (topic, bytes) -> {
				try {
					commands.add(PayloadCodec.decode(topic, bytes));
				} catch (SparkplugFormatException e) {
					throw new AssertionError("an undecodable DCMD on " + topic, e);
				}
			});
			spy.connect(TIMEOUT);
			source.subscribe(rig.sparkplugBindings, received);
			assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()));
			Binding setpoint = rig.sparkplugBindings.stream()
					.filter(b -> b.getSignal().getAccess() == Access.READ_WRITE && b.getSignal().getRangeHigh() != null)
					.findFirst().orElseThrow();
			double value = (setpoint.getSignal().getRangeLow() + setpoint.getSignal().getRangeHigh()) / 2;
			WriteArming arming = new WriteArming();
			WriteResult refused = new GuardedWriter(source, arming, audit).write(setpoint, value);
			assertEquals(WriteOutcome.REFUSED, refused.outcome());
			arming.arm(Duration.ofMinutes(1));
			new GuardedWriter(source, arming, audit).write(setpoint, value);
			assertTrue(await(() -> commands.size() == 1), "one DCMD, for the armed write only");
			String metric = setpoint.getNodeId().substring(setpoint.getNodeId().indexOf('/') + 1);
			assertNotNull(commands.get(0).metric(metric), "the DCMD names the metric");
			assertEquals(value, commands.get(0).metric(metric).value());
			List<AuditRecord> trail = AuditLog.read(dir.resolve("sparkplug-audit.log"), 10);
			assertEquals(2, trail.size(), "both attempts audited");
			assertEquals(broker.uri(), trail.get(1).endpoint());
		}
	}

	@Test
	void anArmedWriteReachesThePlantThroughAGatewayThatAllowsWrites() throws Exception {
		Rig rig = new Rig("writeon", broker.uri());
		Path gatewayTrail = dir.resolve("gateway-on.log");
		Path sourceTrail = dir.resolve("source-on.log");
		try (rig;
				AuditLog gatewayAudit = AuditLog.open(gatewayTrail, 10);
				SparkplugGateway gateway = rig.gateway(broker.uri(),
						GatewayWrites.allowed(rig.session, gatewayAudit, "test host"));
				ValueStore received = new ValueStore(10, 10_000);
				LiveSource source = LiveSources.connect(rig.sparkplugEndpoint, client.options(event -> {
				}).requestTimeout(Duration.ofSeconds(5)).build());
				AuditLog sourceAudit = AuditLog.open(sourceTrail, 10)) {
			source.subscribe(rig.sparkplugBindings, received);
			assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()));
			Binding setpoint = rig.writableSetpoint();
			Binding atPlant = rig.opcBindingOf(setpoint);
			Object before = rig.session.read(atPlant.getNodeId()).value();
			double value = rig.newValueFor(setpoint, before);
			WriteArming arming = new WriteArming();
			arming.arm(Duration.ofMinutes(1));

			WriteResult result = new GuardedWriter(source, arming, sourceAudit).write(setpoint, value);

			assertEquals(WriteOutcome.OK, result.outcome(), result.detail());
			assertEquals(value, ((Number) rig.session.read(atPlant.getNodeId()).value()).doubleValue(), 1e-6,
					"the plant has the value written through the broker");
			List<AuditRecord> atGateway = AuditLog.read(gatewayTrail, 10);
			assertEquals(1, atGateway.size(), "the gateway audits the write it executed");
			assertEquals(WriteOutcome.OK, atGateway.get(0).outcome());
			assertEquals("test host", atGateway.get(0).user());
			assertEquals(atPlant.getNodeId(), atGateway.get(0).nodeId());
			assertEquals(String.valueOf(before), String.valueOf(atGateway.get(0).oldValue()));
			assertEquals(WriteOutcome.OK, AuditLog.read(sourceTrail, 10).get(0).outcome());
		}
	}

	@Test
	void withWritesOffTheGatewayRefusesTheDcmdAndThePlantIsUntouched() throws Exception {
		Rig rig = new Rig("writeoff", broker.uri());
		Path gatewayTrail = dir.resolve("gateway-off.log");
		Path sourceTrail = dir.resolve("source-off.log");
		try (rig;
				AuditLog gatewayAudit = AuditLog.open(gatewayTrail, 10);
				SparkplugGateway gateway = rig.gateway(broker.uri(),
						GatewayWrites.refused(rig.session, gatewayAudit, "test host"));
				ValueStore received = new ValueStore(10, 10_000);
				LiveSource source = LiveSources.connect(rig.sparkplugEndpoint, client.options(event -> {
				}).requestTimeout(Duration.ofSeconds(2)).build());
				AuditLog sourceAudit = AuditLog.open(sourceTrail, 10)) {
			source.subscribe(rig.sparkplugBindings, received);
			assertTrue(await(() -> received.snapshot().size() == rig.sparkplugBindings.size()));
			Binding setpoint = rig.writableSetpoint();
			Binding atPlant = rig.opcBindingOf(setpoint);
			Object before = rig.session.read(atPlant.getNodeId()).value();
			double value = rig.newValueFor(setpoint, before);
			WriteArming arming = new WriteArming();
			arming.arm(Duration.ofMinutes(1));

			WriteResult result = new GuardedWriter(source, arming, sourceAudit).write(setpoint, value);

			assertEquals(WriteOutcome.FAILED, result.outcome());
			assertTrue(result.detail().contains("did not confirm") && result.detail().contains("--allow-writes"),
					result.detail());
			assertEquals(before, rig.session.read(atPlant.getNodeId()).value(), "the plant is untouched");
			assertTrue(await(() -> gatewayAudit.tail().size() == 1), "the gateway audits the refusal");
			AuditRecord refusal = AuditLog.read(gatewayTrail, 10).get(0);
			assertEquals(WriteOutcome.REFUSED, refusal.outcome());
			assertTrue(refusal.detail().contains("--allow-writes"), refusal.detail());
			assertEquals(atPlant.getNodeId(), refusal.nodeId());
			assertEquals(WriteOutcome.FAILED, AuditLog.read(sourceTrail, 10).get(0).outcome());
		}
	}

	@Test
	void aDcmdForAnUnknownOrReadOnlyMetricIsRefusedAndAudited() throws Exception {
		Rig rig = new Rig("writebad", broker.uri());
		Path gatewayTrail = dir.resolve("gateway-bad.log");
		try (rig;
				AuditLog gatewayAudit = AuditLog.open(gatewayTrail, 10);
				SparkplugGateway gateway = rig.gateway(broker.uri(),
						GatewayWrites.allowed(rig.session, gatewayAudit, "test host"));
				MqttConnection host = MqttConnection.create(lab(broker.uri()), "rogue-host", () -> null)) {
			host.connect(TIMEOUT);
			Binding readOnly = rig.opcBindings.stream().filter(b -> b.getSignal().getAccess() != Access.READ_WRITE
					&& b.getSignal().getDataType() == SignalDataType.DOUBLE).findFirst().orElseThrow();
			Object before = rig.session.read(readOnly.getNodeId()).value();
			String device = readOnly.getSignal().getEquipment().getTag();
			long now = System.currentTimeMillis();
			host.publish(
					SparkplugTopic.device(new EdgeNodeId("writebad", "gw").device(device), MessageType.DCMD).text(),
					PayloadCodec.encode(new SparkplugPayload(now, null,
							List.of(Metric.birth(readOnly.getSignal().getTag(), Metric.NO_ALIAS, DataType.DOUBLE, now,
									42.0, MetricProperties.NONE),
									Metric.birth("NoSuchMetric", Metric.NO_ALIAS, DataType.DOUBLE, now, 1.0,
											MetricProperties.NONE)))),
					1).get(10, TimeUnit.SECONDS);

			assertTrue(await(() -> gatewayAudit.tail().size() == 2), "both attempts audited");
			List<AuditRecord> trail = AuditLog.read(gatewayTrail, 10);
			assertEquals(WriteOutcome.REFUSED, trail.get(0).outcome());
			assertTrue(trail.get(0).detail().contains("read-only"), trail.get(0).detail());
			assertEquals(WriteOutcome.REFUSED, trail.get(1).outcome());
			assertTrue(trail.get(1).detail().contains("NoSuchMetric"), trail.get(1).detail());
			assertEquals(before, rig.session.read(readOnly.getNodeId()).value(), "the plant is untouched");
		}
	}

	private static Instant millis(Instant time) {
		return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
	}

	static BrokerOptions lab(String uri) {
		return BrokerOptions.of(BrokerAddress.parse(uri)).withLabMode(true).withBackoff(Duration.ofMillis(200),
				Duration.ofSeconds(2));
	}

	static boolean await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}

	/**
	 * A demo model with a second endpoint, the broker, and a second binding per signal naming device/metric as the
	 * gateway publishes it; the plant side (OPC UA session and its store) runs while the rig is open.
	 */
	private static final class Rig implements AutoCloseable {
		final String group;
		final List<Binding> opcBindings;
		final List<Binding> sparkplugBindings = new ArrayList<>();
		final Endpoint sparkplugEndpoint;
		final ValueStore plantStore = new ValueStore(1, 10_000);
		final LiveSession session;

		Rig(String group, String brokerUri) throws Exception {
			this.group = group;
			Plant model = client.demoPlant(group, sim);
			opcBindings = LiveBindings.activeOn(model, model.getTwin().getEndpoints().get(0));
			sparkplugEndpoint = TwinFactory.eINSTANCE.createEndpoint();
			sparkplugEndpoint.setName("broker");
			sparkplugEndpoint.setKind(EndpointKind.SPARKPLUG_B);
			sparkplugEndpoint.setUrl(brokerUri);
			sparkplugEndpoint.setLabMode(brokerUri.startsWith("mqtt:"));
			sparkplugEndpoint.setGroupId(group);
			sparkplugEndpoint.setEdgeNodeId("gw");
			model.getTwin().getEndpoints().add(sparkplugEndpoint);
			for (Binding opc : opcBindings) {
				Binding binding = TwinFactory.eINSTANCE.createBinding();
				binding.setSignal(opc.getSignal());
				binding.setEndpoint(sparkplugEndpoint);
				String device = opc.getSignal().getEquipment() == null
						? "Unassigned"
						: opc.getSignal().getEquipment().getTag();
				binding.setNodeId(device + "/" + opc.getSignal().getTag());
				sparkplugBindings.add(binding);
			}
			session = LiveSession.connect(model.getTwin().getEndpoints().get(0), client.options(event -> {
			}).build());
			session.subscribe(opcBindings, plantStore);
			assertTrue(await(() -> plantStore.snapshot().size() == opcBindings.size()), "values at the gateway");
		}

		SparkplugGateway gateway(String brokerUri) throws Exception {
			return SparkplugGateway.start(new EdgeNodeId(group, "gw"), lab(brokerUri), opcBindings, plantStore,
					Duration.ofMillis(100), TIMEOUT);
		}

		SparkplugGateway gateway(String brokerUri, GatewayWrites writes) throws Exception {
			return SparkplugGateway.start(new EdgeNodeId(group, "gw"), lab(brokerUri), opcBindings, plantStore,
					Duration.ofMillis(100), TIMEOUT, writes);
		}

		Binding writableSetpoint() {
			return sparkplugBindings.stream().filter(b -> b.getSignal().getAccess() == Access.READ_WRITE
					&& b.getSignal().getRangeHigh() != null && b.getSignal().getDataType() == SignalDataType.DOUBLE)
					.findFirst().orElseThrow();
		}

		Binding opcBindingOf(Binding sparkplug) {
			return opcBindings.stream().filter(b -> b.getSignal() == sparkplug.getSignal()).findFirst().orElseThrow();
		}

		/** Inside the range and away from {@code before}, so that a write that did not happen shows. */
		double newValueFor(Binding binding, Object before) {
			double low = binding.getSignal().getRangeLow();
			double high = binding.getSignal().getRangeHigh();
			double value = low + (high - low) * 0.37;
			return before instanceof Number n && Math.abs(n.doubleValue() - value) < 1e-3
					? low + (high - low) * 0.61
					: value;
		}

		SparkplugSession source(Events events) throws LiveConnectionException {
			return SparkplugSession.connect(sparkplugEndpoint, client.options(events).build());
		}

		@Override
		public void close() {
			session.close();
			plantStore.close();
		}
	}

	/** Every connection event, in order. */
	private static final class Events implements org.twinworks.live.ConnectionListener {
		private final List<ConnectionEvent> all = new CopyOnWriteArrayList<>();

		@Override
		public void stateChanged(ConnectionEvent event) {
			all.add(event);
		}

		boolean any(java.util.function.Predicate<ConnectionEvent> test) {
			return all.stream().anyMatch(test);
		}

		ConnectionEvent last() {
			return all.get(all.size() - 1);
		}

		@Override
		public String toString() {
			return all.toString();
		}
	}
}
