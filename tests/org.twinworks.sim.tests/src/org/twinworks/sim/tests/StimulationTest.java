// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DiagnosticInfo;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The Simulation object and the in-process stimulation of a virtual plant serving the demo, through a real Milo
 * client: forcing drives values (and interlocks), faults apply on top, bad calls are refused with a reason.
 */
class StimulationTest {
	private static final Duration WITHIN = Duration.ofSeconds(5);

	@TempDir
	static Path directory;

	private static TestClients clients;
	private static VirtualPlant plant;
	private static OpcUaClient client;

	@BeforeAll
	static void startPlant() throws Exception {
		clients = new TestClients();
		plant = TestPlant.in(directory).trustClient(clients.certificate)
				.configure(config -> config.tickInterval(Duration.ofMillis(50))).start();
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

	@AfterEach
	void releaseEverything() {
		plant.releaseAll();
		plant.failTrip("IS-101", false);
		plant.clear("FT-101.PV");
		plant.clear("FCV-101.POS");
	}

	@Test
	void forceOverOpcUaHoldsTheValueUntilReleased() throws Exception {
		assertGood(call("Force", "FT-101.PV", 123.5));
		assertTrue(await(() -> Double.valueOf(123.5).equals(value("FT-101.PV"))), "FT-101.PV " + value("FT-101.PV"));
		Thread.sleep(300);
		assertEquals(123.5, value("FT-101.PV"));
		assertGood(call("Release", "FT-101.PV"));
		assertTrue(await(() -> !Double.valueOf(123.5).equals(value("FT-101.PV"))));
	}

	@Test
	void aStuckTransmitterKeepsItsFrozenValueWhileForced() throws Exception {
		Object before = value("FT-101.PV");
		plant.inject("FT-101.PV", Fault.stuck());
		Thread.sleep(200);
		Object frozen = value("FT-101.PV");
		plant.force("FT-101.PV", 500);
		Thread.sleep(500);
		assertEquals(frozen, value("FT-101.PV"), "started at " + before);
		plant.clear("FT-101.PV");
		assertTrue(await(() -> Double.valueOf(500).equals(value("FT-101.PV"))));
	}

	@Test
	void aValueForcedBeyondItsRangeIsUncertainWithTheLimitBit() throws Exception {
		plant.force("FT-101.PV", 650);
		assertTrue(await(() -> status("FT-101.PV") != StatusCode.GOOD.getValue()));
		long high = status("FT-101.PV");
		assertEquals(StatusCodes.Uncertain_EngineeringUnitsExceeded, high & 0xFFFF_0000L);
		assertTrue(new StatusCode(high).getDataValueInfoBits().orElseThrow().isLimitHigh());
		assertEquals(650.0, value("FT-101.PV"));
		plant.force("FT-101.PV", -20);
		assertTrue(await(() -> new StatusCode(status("FT-101.PV")).getDataValueInfoBits().map(bits -> bits.isLimitLow())
				.orElse(false)));
		plant.force("FT-101.PV", 300);
		assertTrue(await(() -> status("FT-101.PV") == StatusCode.GOOD.getValue()));
	}

	@Test
	void aJammedValveFollowsOnlyUpToItsJam() throws Exception {
		plant.inject("FCV-101.POS", Fault.jammed(0.4));
		plant.force("FCV-101.POS", 80);
		assertTrue(await(() -> Double.valueOf(40).equals(value("FCV-101.POS"))), "POS " + value("FCV-101.POS"));
		plant.force("FCV-101.POS", 20);
		assertTrue(await(() -> Double.valueOf(20).equals(value("FCV-101.POS"))), "POS " + value("FCV-101.POS"));
		assertThrows(IllegalArgumentException.class, () -> Fault.jammed(1.5));
	}

	@Test
	void lowLowLevelStopsTheIntakePumpAndAFailedTripDoesNot() throws Exception {
		plant.failTrip("IS-101", true);
		assertGood(call("Force", "LT-101.PV", 0.3));
		assertTrue(await(() -> plant.tripped("IS-101")));
		Thread.sleep(300);
		assertEquals(true, value("P-101.RUN"), "a failed trip must not stop the pump");
		assertGood(call("SetTripFails", "IS-101", false));
		assertTrue(await(() -> Boolean.FALSE.equals(value("P-101.RUN"))), "P-101.RUN " + value("P-101.RUN"));
		assertEquals(false, value("P-101.CMD"));
		// the operator's reset once the level is back
		plant.force("LT-101.PV", 3);
		assertTrue(await(() -> !plant.tripped("IS-101")));
		client.writeValues(List.of(TestClients.node(client, "P-101.CMD")),
				List.of(DataValue.valueOnly(new Variant(true))));
		assertTrue(await(() -> Boolean.TRUE.equals(value("P-101.RUN"))));
	}

	@Test
	void badCallsAreRefusedWithAReason() throws Exception {
		CallMethodResult unknown = call("Force", "XX-999.PV", 1.0);
		assertEquals(StatusCodes.Bad_NotFound, unknown.getStatusCode().getValue());
		assertTrue(reason(unknown).contains("XX-999.PV"), reason(unknown));
		CallMethodResult text = call("Force", "FT-101.PV", "high");
		assertEquals(StatusCodes.Bad_InvalidArgument, text.getStatusCode().getValue());
		assertTrue(reason(text).contains("value"), reason(text));
		CallMethodResult notANumber = call("Force", "FT-101.PV", Double.NaN);
		assertEquals(StatusCodes.Bad_InvalidArgument, notANumber.getStatusCode().getValue());
		CallMethodResult interlock = call("SetTripFails", "IS-999", true);
		assertEquals(StatusCodes.Bad_NotFound, interlock.getStatusCode().getValue());
		assertTrue(reason(interlock).contains("IS-999"), reason(interlock));
		assertEquals(StatusCodes.Bad_ArgumentsMissing, call("Release").getStatusCode().getValue());
		assertThrows(IllegalArgumentException.class, () -> plant.force("XX-999.PV", 1));
		assertThrows(IllegalArgumentException.class, () -> plant.failTrip("IS-999", true));
	}

	@Test
	void withoutStimulationThereIsNoSimulationObject() throws Exception {
		try (TestPlant quiet = TestPlant.in(directory.resolve("quiet")).trustClient(clients.certificate)
				.configure(config -> config.stimulation(false))) {
			VirtualPlant sim = quiet.start();
			OpcUaClient other = clients.connect(sim);
			try {
				assertEquals(StatusCodes.Bad_NodeIdUnknown, browseName(other).getStatusCode().getValue());
				// the in-process API stays
				sim.force("FT-101.PV", 42);
			} finally {
				TestClients.disconnect(other);
			}
		}
		DataValue object = browseName(client);
		assertTrue(object.getStatusCode().isGood(), object.toString());
		assertEquals("Simulation", ((QualifiedName) object.getValue().getValue()).name());
	}

	private static DataValue browseName(OpcUaClient on) throws UaException {
		return on
				.read(0, TimestampsToReturn.Neither, List.of(
						new ReadValueId(simulation(on), AttributeId.BrowseName.uid(), null, QualifiedName.NULL_VALUE)))
				.getResults()[0];
	}

	private static CallMethodResult call(String method, Object... arguments) throws UaException {
		NodeId object = simulation(client);
		NodeId methodId = new NodeId(object.getNamespaceIndex(), "Simulation/" + method);
		Variant[] inputs = java.util.Arrays.stream(arguments).map(Variant::new).toArray(Variant[]::new);
		return client.call(List.of(new CallMethodRequest(object, methodId, inputs))).getResults()[0];
	}

	private static NodeId simulation(OpcUaClient on) {
		return TestClients.node(on, "Simulation");
	}

	private static void assertGood(CallMethodResult result) {
		assertTrue(result.getStatusCode().isGood(), result.getStatusCode() + " " + reason(result));
	}

	private static String reason(CallMethodResult result) {
		DiagnosticInfo[] infos = result.getInputArgumentDiagnosticInfos();
		return infos == null || infos.length == 0 || infos[0] == null ? "" : String.valueOf(infos[0].additionalInfo());
	}

	private static Object value(String tag) {
		return read(tag).getValue().getValue();
	}

	private static long status(String tag) {
		return read(tag).getStatusCode().getValue();
	}

	private static DataValue read(String tag) {
		try {
			return client.readValue(0, TimestampsToReturn.Both, TestClients.node(client, tag));
		} catch (UaException e) {
			throw new AssertionError(e);
		}
	}

	private static boolean await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(25);
		}
		return condition.getAsBoolean();
	}
}
