// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.model.variables.AnalogItemType;
import org.eclipse.milo.opcua.sdk.client.model.variables.MultiStateDiscreteType;
import org.eclipse.milo.opcua.sdk.client.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.model.Plant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;
import org.twinworks.tests.live.harness.TestPlant;

/** The virtual plant serving the demo plant on 127.0.0.1, seen through a real, validating Milo client. */
class VirtualPlantServerTest {
	private static final int MAX_SESSIONS = 4;

	@TempDir
	static Path directory;

	private static TestClients clients;
	private static Plant demo;
	private static VirtualPlant plant;
	private static OpcUaClient client;

	@BeforeAll
	static void startPlant() throws Exception {
		clients = new TestClients();
		demo = TestClients.demoPlant(directory);
		long start = System.nanoTime();
		plant = TestPlant.in(directory).serving(() -> demo).trustClient(clients.certificate)
				.configure(config -> config.limits(VirtualPlantLimits.DEFAULT.withMaxSessions(MAX_SESSIONS))).start();
		System.out.printf(Locale.ROOT, "virtual plant: %d signals served, started in %d ms at %s%n",
				plant.servedSignals(), (System.nanoTime() - start) / 1_000_000, plant.endpointUrl());
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
	void servesEveryBoundSignalOfTheDemo() {
		assertEquals(demo.getTwin().getBindings().size(), plant.servedSignals());
		assertEquals(List.of(), plant.skippedBindings());
	}

	@Test
	void levelNodeCarriesTypeRangeUnitAndReadOnlyAccess() throws Exception {
		UaVariableNode level = client.getAddressSpace().getVariableNode(TestClients.node(client, "LT-101.PV"));
		assertEquals(NodeIds.Double, level.readDataType());
		assertEquals(AccessLevel.toValue(AccessLevel.READ_ONLY), level.readAccessLevel());
		assertEquals("LT-101.PV", level.readBrowseName().name());
		assertEquals("Raw water tank level", level.readDescription().text());
		Range range = decode(level.getProperty(AnalogItemType.EU_RANGE).get(5, TimeUnit.SECONDS), Range.class);
		assertEquals(0.0, range.getLow());
		assertEquals(6.0, range.getHigh());
		EUInformation unit = decode(level.getProperty(AnalogItemType.ENGINEERING_UNITS).get(5, TimeUnit.SECONDS),
				EUInformation.class);
		assertEquals("http://www.opcfoundation.org/UA/units/un/cefact", unit.getNamespaceUri());
		assertEquals(5067858, unit.getUnitId()); // UNECE MTR as OPC UA Part 8 encodes it
		assertEquals("m", unit.getDisplayName().text());
	}

	@Test
	void enumerationIsAnInt32IndexWithItsStateNames() throws Exception {
		UaVariableNode mode = client.getAddressSpace().getVariableNode(TestClients.node(client, "LIC-101.MODE"));
		assertEquals(NodeIds.Int32, mode.readDataType());
		assertEquals(1, read(mode.getNodeId())); // "Auto"
		Object names = mode.getProperty(MultiStateDiscreteType.ENUM_STRINGS).get(5, TimeUnit.SECONDS);
		assertEquals(List.of("Manual", "Auto", "Cascade"),
				Arrays.stream((LocalizedText[]) names).map(LocalizedText::text).toList());
	}

	@Test
	void readWriteSignalAcceptsWritesAndReadOnlyOneRefusesThem() throws Exception {
		NodeId setpoint = TestClients.node(client, "LIC-101.SP");
		List<StatusCode> results = client.writeValues(List.of(setpoint, TestClients.node(client, "LT-101.PV")),
				List.of(DataValue.valueOnly(new Variant(3.0)), DataValue.valueOnly(new Variant(3.0))));
		assertTrue(results.get(0).isGood(), results.get(0).toString());
		// Milo checks the user's access level first: either refusal is right for a read-only signal
		assertTrue(Set.of(StatusCodes.Bad_NotWritable, StatusCodes.Bad_UserAccessDenied)
				.contains(results.get(1).getValue()), results.get(1).toString());
		Thread.sleep(300); // a few ticks: the simulation must keep the written setpoint, not overwrite it
		assertEquals(3.0, client.readValue(0, TimestampsToReturn.Both, setpoint).getValue().getValue());
	}

	@Test
	void pumpRunningFeedbackFollowsAWrittenCommand() throws Exception {
		NodeId command = TestClients.node(client, "P-102.CMD");
		NodeId running = TestClients.node(client, "P-102.RUN");
		assertEquals(true, read(running));
		assertTrue(
				client.writeValues(List.of(command), List.of(DataValue.valueOnly(new Variant(false)))).get(0).isGood());
		assertTrue(waitFor(() -> Boolean.FALSE.equals(read(running)), 3_000));
		client.writeValues(List.of(command), List.of(DataValue.valueOnly(new Variant(true))));
		assertTrue(waitFor(() -> Boolean.TRUE.equals(read(running)), 3_000));
	}

	@Test
	void valuesChangeOverASubscription() throws Exception {
		var subscription = new OpcUaSubscription(client, 100.0);
		subscription.create();
		Set<Object> levels = ConcurrentHashMap.newKeySet();
		AtomicInteger notifications = new AtomicInteger();
		List<OpcUaMonitoredItem> items = new ArrayList<>();
		for (var binding : demo.getTwin().getBindings()) {
			OpcUaMonitoredItem item = OpcUaMonitoredItem
					.newDataItem(TestClients.node(client, binding.getSignal().getTag()));
			item.setSamplingInterval(100.0);
			item.setQueueSize(uint(10));
			boolean level = binding.getSignal().getTag().equals("LT-101.PV");
			item.setDataValueListener((it, value) -> {
				notifications.incrementAndGet();
				if (level) {
					levels.add(value.getValue().getValue());
				}
			});
			items.add(item);
		}
		subscription.addMonitoredItems(items);
		subscription.synchronizeMonitoredItems();
		Thread.sleep(1_000); // the initial values arrive first
		int before = notifications.get();
		Thread.sleep(3_000);
		double rate = (notifications.get() - before) / 3.0;
		System.out.printf(Locale.ROOT, "virtual plant: %d items, %.0f notifications/s at 100 ms sampling%n",
				items.size(), rate);
		subscription.delete();
		assertTrue(levels.size() >= 5, "LT-101.PV changed only " + levels.size() + " times: " + levels);
		assertTrue(rate > 100, "only " + rate + " notifications/s");
	}

	@Test
	void secureConnectionFailsWhenTheClientDoesNotTrustTheServer() throws Exception {
		UaException refused = assertThrows(UaException.class,
				() -> clients.connect(plant, SecurityPolicy.Basic256Sha256, false, new AnonymousProvider()));
		assertTrue(refused.getStatusCode().isBad());
	}

	@Test
	void aes256RsaPssEndpointWorksToo() throws Exception {
		OpcUaClient pss = clients.connect(plant, SecurityPolicy.Aes256_Sha256_RsaPss, true, new AnonymousProvider());
		try {
			assertTrue(pss.readValue(0, TimestampsToReturn.Both, TestClients.node(pss, "LT-101.PV")).getStatusCode()
					.isGood());
		} finally {
			TestClients.disconnect(pss);
		}
	}

	@Test
	void offersNoNoneEndpointOutsideLabMode() throws Exception {
		var policies = TestClients.endpoints(plant).stream().map(e -> e.getSecurityPolicyUri()).toList();
		assertTrue(policies.contains(SecurityPolicy.Basic256Sha256.getUri()), policies.toString());
		assertTrue(policies.contains(SecurityPolicy.Aes256_Sha256_RsaPss.getUri()), policies.toString());
		assertFalse(policies.contains(SecurityPolicy.None.getUri()), policies.toString());
	}

	@Test
	void injectedFaultsReachTheClient() throws Exception {
		NodeId temperature = TestClients.node(client, "TK-101.TEMP");
		plant.inject("TK-101.TEMP", Fault.badQuality());
		assertTrue(waitFor(() -> status(temperature) == StatusCodes.Bad_SensorFailure, 2_000));
		plant.inject("TK-101.TEMP", Fault.offline());
		assertTrue(waitFor(() -> status(temperature) == StatusCodes.Bad_NoCommunication, 2_000));
		plant.clear("TK-101.TEMP");
		assertTrue(waitFor(() -> status(temperature) == StatusCodes.Good, 2_000));

		NodeId flow = TestClients.node(client, "FT-101.PV");
		plant.inject("FT-101.PV", Fault.stuck());
		Thread.sleep(300);
		Object stuck = read(flow);
		Thread.sleep(500);
		assertEquals(stuck, read(flow));
		assertEquals(StatusCodes.Good, status(flow));
		plant.clear("FT-101.PV");
		assertTrue(waitFor(() -> !stuck.equals(read(flow)), 2_000));
		assertThrows(IllegalArgumentException.class, () -> plant.inject("NO-SUCH.TAG", Fault.stuck()));
	}

	@Test
	void listensOnLoopbackOnlyByDefault() throws Exception {
		assertTrue(plant.endpointUrl().startsWith("opc.tcp://127.0.0.1:"), plant.endpointUrl());
		int port = Integer.parseInt(plant.endpointUrl().replaceAll(".*:(\\d+)/.*", "$1"));
		List<String> listening = ListeningSockets.localAddresses(port);
		assertFalse(listening.isEmpty(), "nothing listens on " + port);
		assertEquals(Set.of("127.0.0.1"), new HashSet<>(listening));
	}

	@Test
	void refusesSessionsBeyondItsLimit() throws Exception {
		List<OpcUaClient> extra = new ArrayList<>();
		try {
			// the class's own client holds one session already
			for (int i = 1; i < MAX_SESSIONS; i++) {
				extra.add(clients.connect(plant));
			}
			UaException refused = assertThrows(UaException.class, () -> extra.add(clients.connect(plant)));
			assertEquals(StatusCodes.Bad_TooManySessions, refused.getStatusCode().getValue(), refused.toString());
		} finally {
			extra.forEach(TestClients::disconnect);
		}
	}

	private static Object read(NodeId node) {
		try {
			return client.readValue(0, TimestampsToReturn.Both, node).getValue().getValue();
		} catch (UaException e) {
			throw new AssertionError(e);
		}
	}

	private static long status(NodeId node) {
		try {
			return client.readValue(0, TimestampsToReturn.Both, node).getStatusCode().getValue();
		} catch (UaException e) {
			throw new AssertionError(e);
		}
	}

	private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis)
			throws InterruptedException {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}

	private static <T> T decode(Object value, Class<T> type) {
		Object decoded = value instanceof ExtensionObject xo ? xo.decode(client.getStaticEncodingContext()) : value;
		return type.cast(decoded);
	}
}
