// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.DeviceBirth;
import org.twinworks.sparkplug.EdgeNode;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.SparkplugHost;
import org.twinworks.sparkplug.mqtt.BrokerAddress;
import org.twinworks.sparkplug.mqtt.BrokerOptions;
import org.twinworks.tests.mqtt.harness.MosquittoBroker;
import org.twinworks.tests.mqtt.harness.TcpRelay;

/** An edge node and a host through a real Mosquitto on 127.0.0.1 (plain TCP, lab mode). */
class EdgeNodeBrokerTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	private static MosquittoBroker broker;

	private final AtomicLong speed = new AtomicLong(1);

	@BeforeAll
	static void startBroker() throws Exception {
		broker = MosquittoBroker.startPlain();
	}

	@AfterAll
	static void stopBroker() throws Exception {
		broker.close();
	}

	@Test
	void birthsAndDataArriveWithNamesValuesAndProperties() throws Exception {
		RecordingHostListener events = new RecordingHostListener();
		EdgeNodeId id = new EdgeNodeId("roundtrip", "gw");
		try (SparkplugHost host = SparkplugHost.start("roundtrip", lab(broker.uri()), "h1", events, TIMEOUT);
				EdgeNode node = EdgeNode.start(id, lab(broker.uri()), 17, this::births, TIMEOUT)) {
			RecordingHostListener.Event nbirth = events.await("NBIRTH", 1);
			assertEquals(17, nbirth.bdSeq());
			assertEquals(17, node.bdSeq());
			List<Metric> dbirth = events.await("DBIRTH", 1).metrics();
			assertEquals("P-101.Speed", dbirth.get(0).name());
			assertEquals("rpm", dbirth.get(0).properties().unit());
			assertEquals(3000.0, dbirth.get(0).properties().high());
			assertEquals("Pump speed", dbirth.get(0).properties().description());

			assertTrue(node.publishDeviceData("P-101",
					List.of(Metric.data(1, DataType.DOUBLE, 1234, 42.0, 0x80000000L, 1240L),
							Metric.data(2, DataType.BOOLEAN, 1234, true, null, null))));
			List<Metric> data = events.await("DDATA", 1).metrics();
			assertEquals("P-101.Speed", data.get(0).name());
			assertEquals(42.0, data.get(0).value());
			assertEquals(1234, data.get(0).timestamp());
			assertEquals(0x80000000L, data.get(0).properties().statusCode(), "quality survives the trip");
			assertEquals(1240L, data.get(0).properties().serverTimestamp());
			assertEquals("P-101.Running", data.get(1).name());
			assertEquals(0, host.decoder().lostMessages());
		}
	}

	@Test
	void aCutConnectionDeliversTheWillAsNdeathAndTheReconnectIsReborn() throws Exception {
		RecordingHostListener events = new RecordingHostListener();
		EdgeNodeId id = new EdgeNodeId("will", "gw");
		try (TcpRelay relay = new TcpRelay(broker.port());
				SparkplugHost host = SparkplugHost.start("will", lab(broker.uri()), "h2", events, TIMEOUT);
				EdgeNode node = EdgeNode.start(id, lab(relay.uri("mqtt")), 40, this::births, TIMEOUT)) {
			events.await("DBIRTH", 1);
			relay.cutAll();
			events.await("NDEATH", 1);
			assertTrue(host.decoder().isStale(id.device("P-101")), "the node's devices are stale after its death");

			RecordingHostListener.Event rebirth = events.await("NBIRTH", 2);
			assertEquals(41, rebirth.bdSeq(), "every connect carries the next bdSeq");
			events.await("DBIRTH", 2);
			assertFalse(host.decoder().isStale(id.device("P-101")));
			assertEquals(41, node.bdSeq());
		}
	}

	@Test
	void aRebirthRequestRepublishesTheBirthsWithSeqFromZero() throws Exception {
		RecordingHostListener events = new RecordingHostListener();
		EdgeNodeId id = new EdgeNodeId("rebirth", "gw");
		try (SparkplugHost host = SparkplugHost.start("rebirth", lab(broker.uri()), "h3", events, TIMEOUT);
				EdgeNode node = EdgeNode.start(id, lab(broker.uri()), 5, this::births, TIMEOUT)) {
			events.await("DBIRTH", 1);
			node.publishDeviceData("P-101", List.of(Metric.data(1, DataType.DOUBLE, 1, 1.0, null, null)));
			events.await("DDATA", 1);
			speed.set(777);
			host.requestRebirth(id);
			assertEquals(5, events.await("NBIRTH", 2).bdSeq(), "a rebirth keeps the connection's bdSeq");
			assertEquals(777.0, events.await("DBIRTH", 2).metrics().get(0).value(), "births carry current values");
			assertEquals(0, host.decoder().lostMessages(), "NBIRTH restarts seq at 0");
			assertEquals(2, node.birthCount());
		}
	}

	@Test
	void aLateSubscriberAsksForARebirthAndGetsTheFullBirth() throws Exception {
		EdgeNodeId id = new EdgeNodeId("late", "gw");
		RecordingHostListener observer = new RecordingHostListener();
		try (SparkplugHost early = SparkplugHost.start("late", lab(broker.uri()), "early-host", observer, TIMEOUT);
				EdgeNode node = EdgeNode.start(id, lab(broker.uri()), 9, this::births, TIMEOUT)) {
			observer.await("DBIRTH", 1); // the births are out before the late host subscribes
			RecordingHostListener events = new RecordingHostListener();
			try (SparkplugHost host = SparkplugHost.start("late", lab(broker.uri()), "late-host", events, TIMEOUT)) {
				// data from a node it never saw born: the host asks for a rebirth by itself
				long deadline = System.nanoTime() + TIMEOUT.toNanos();
				while (events.count("DBIRTH") == 0 && System.nanoTime() < deadline) {
					node.publishDeviceData("P-101", List.of(Metric.data(1, DataType.DOUBLE, 1, 2.0, null, null)));
					Thread.sleep(100);
				}
				List<Metric> birth = events.await("DBIRTH", 1).metrics();
				assertEquals(2, birth.size());
				assertEquals(9, events.await("NBIRTH", 1).bdSeq());
				assertTrue(events.count("REBIRTH-NEEDED") >= 1);
			}
		}
	}

	@Test
	void seqWrapsPast255WithNothingLost() throws Exception {
		RecordingHostListener events = new RecordingHostListener();
		EdgeNodeId id = new EdgeNodeId("wrap", "gw");
		try (SparkplugHost host = SparkplugHost.start("wrap", lab(broker.uri()), "h5", events, TIMEOUT);
				EdgeNode node = EdgeNode.start(id, lab(broker.uri()), 0, this::births, TIMEOUT)) {
			events.await("DBIRTH", 1);
			for (int i = 0; i < 600; i++) {
				assertTrue(node.publishDeviceData("P-101",
						List.of(Metric.data(1, DataType.DOUBLE, i, (double) i, null, null))));
			}
			assertEquals(599.0, events.await("DDATA", 600).metrics().get(0).value());
			assertEquals(0, host.decoder().lostMessages());
			assertEquals(0, host.decoder().gaps());
		}
	}

	@Test
	void aCleanCloseStillPublishesNdeath() throws Exception {
		RecordingHostListener events = new RecordingHostListener();
		EdgeNodeId id = new EdgeNodeId("close", "gw");
		try (SparkplugHost host = SparkplugHost.start("close", lab(broker.uri()), "h6", events, TIMEOUT)) {
			EdgeNode node = EdgeNode.start(id, lab(broker.uri()), 3, this::births, TIMEOUT);
			events.await("DBIRTH", 1);
			node.close();
			events.await("NDEATH", 1);
			assertTrue(host.decoder().isStale(id.device("P-101")));
			assertNotEquals(-1, host.decoder().bdSeq(id));
		}
	}

	@Test
	void aRestartedBrokerIsReconnectedAndTheNodeIsBornAgain() throws Exception {
		RecordingHostListener events = new RecordingHostListener();
		EdgeNodeId id = new EdgeNodeId("restart", "gw");
		try (MosquittoBroker own = MosquittoBroker.startPlain();
				SparkplugHost host = SparkplugHost.start("restart", lab(own.uri()), "h7", events, TIMEOUT);
				EdgeNode node = EdgeNode.start(id, lab(own.uri()), 60, this::births, TIMEOUT)) {
			events.await("DBIRTH", 1);
			own.kill();
			own.restart();
			// both clients come back by themselves; the host resubscribes, the node publishes new births
			RecordingHostListener.Event reborn = events.await("NBIRTH", 2);
			assertNotEquals(60, reborn.bdSeq(), "a new connection, a new bdSeq");
			events.await("DBIRTH", 2);
			assertTrue(node.publishDeviceData("P-101", List.of(Metric.data(1, DataType.DOUBLE, 5, 5.0, null, null))));
			assertEquals(5.0, events.await("DDATA", 1).metrics().get(0).value());
		}
	}

	private List<DeviceBirth> births() {
		List<Metric> metrics = new ArrayList<>();
		metrics.add(Metric.birth("P-101.Speed", 1, DataType.DOUBLE, 1, (double) speed.get(),
				new MetricProperties("rpm", 0.0, 3000.0, "Pump speed", null, null)));
		metrics.add(Metric.birth("P-101.Running", 2, DataType.BOOLEAN, 1, false, MetricProperties.NONE));
		return List.of(new DeviceBirth("P-101", metrics));
	}

	static BrokerOptions lab(String uri) {
		return BrokerOptions.of(BrokerAddress.parse(uri)).withLabMode(true).withBackoff(Duration.ofMillis(200),
				Duration.ofSeconds(2));
	}

}
