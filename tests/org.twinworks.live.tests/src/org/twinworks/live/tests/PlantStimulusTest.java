// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.PlantStimulus;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * Driving the virtual plant's inputs from a client, as a headless commissioning run does: the Simulation object found
 * by browsing, forcing and releasing over OPC UA, faults on top, loops in Manual, interlock trips made to fail.
 */
class PlantStimulusTest {
	private static final Duration WITHIN = Duration.ofSeconds(5);

	@TempDir
	static Path directory;

	private static VirtualPlant sim;
	private static LiveSession session;
	private static PlantStimulus stimulus;

	@BeforeAll
	static void connect() throws Exception {
		Path clientPki = directory.resolve("client-pki");
		sim = TestPlant.in(directory).trustClientOf(clientPki)
				.configure(config -> config.tickInterval(Duration.ofMillis(50))).start();
		LivePlants.trustServer(clientPki, sim);
		Endpoint endpoint = LivePlants.endpointOf(LivePlants.demoPlant(directory, "stimulus"), sim);
		session = LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()));
		stimulus = PlantStimulus.find(session).orElseThrow(() -> new AssertionError("no Simulation object"));
	}

	@AfterAll
	static void close() {
		if (session != null) {
			session.close();
		}
		if (sim != null) {
			sim.close();
		}
	}

	@AfterEach
	void releaseEverything() throws Exception {
		stimulus.releaseAll();
		stimulus.failTrip("IS-101", false);
		sim.clear("FT-101.PV");
	}

	@Test
	void findsTheSimulationObjectByItsNamespaceUri() {
		assertEquals("nsu=" + DemoPlant.NAMESPACE_URI + ";s=Simulation", stimulus.objectNodeId());
	}

	@Test
	void forceMovesAValueAndAStuckTransmitterKeepsItFrozen() throws Exception {
		stimulus.force("FT-101.PV", 222);
		assertTrue(LivePlants.await(() -> 222.0 == number("FT-101.PV"), WITHIN), "FT-101.PV " + number("FT-101.PV"));
		sim.inject("FT-101.PV", Fault.stuck());
		Thread.sleep(200);
		stimulus.force("FT-101.PV", 444);
		Thread.sleep(500);
		assertEquals(222.0, number("FT-101.PV"), "a stuck transmitter does not see the calibrator");
		sim.clear("FT-101.PV");
		assertTrue(LivePlants.await(() -> 444.0 == number("FT-101.PV"), WITHIN));
		stimulus.release("FT-101.PV");
		assertTrue(LivePlants.await(() -> 444.0 != number("FT-101.PV"), WITHIN));
	}

	@Test
	void aValueForcedBeyondItsRangeReadsUncertain() throws Exception {
		stimulus.force("LT-401.PV", 8.4);
		assertTrue(LivePlants.await(() -> read("LT-401.PV").statusCode() != 0, WITHIN));
		SignalValue high = read("LT-401.PV");
		assertEquals("Uncertain_EngineeringUnitsExceeded", high.status());
		assertEquals(0x4094_0000L, high.statusCode() & 0xFFFF_0000L);
		assertEquals(0x200L, high.statusCode() & 0x300L, "the High limit bit");
		assertEquals(8.4, high.value());
	}

	@Test
	void inManualTheMeasurementFollowsTheOutputInTheLoopsDirection() throws Exception {
		stimulus.force("FIC-101.MODE", 0);
		stimulus.force("LIC-401.MODE", 0);
		double flow = number("FT-101.PV");
		double level = number("LT-401.PV");
		session.write(node("FCV-101.OUT"), SignalDataType.DOUBLE, 90.0);
		session.write(node("M-401.SPD_SP"), SignalDataType.DOUBLE, 90.0);
		// reverse acting (FIC-101): the flow rises with the valve; direct acting (LIC-401): the level falls
		assertTrue(LivePlants.await(() -> number("FT-101.PV") > flow + 60, WITHIN), "flow " + number("FT-101.PV"));
		assertTrue(LivePlants.await(() -> number("LT-401.PV") < level - 0.8, WITHIN), "level " + number("LT-401.PV"));
		assertTrue(LivePlants.await(() -> Math.abs(number("FCV-101.POS") - 90) < 5, WITHIN));
		assertEquals(90.0, number("FCV-101.OUT"), "in Manual the output holds what was written");
	}

	@Test
	void anInterlockTripsItsPumpUnlessItsTripFails() throws Exception {
		stimulus.failTrip("IS-101", true);
		stimulus.force("LT-101.PV", 0.2);
		Thread.sleep(500);
		assertEquals(Boolean.TRUE, read("P-101.RUN").value(), "the failed trip left the pump running");
		stimulus.failTrip("IS-101", false);
		assertTrue(LivePlants.await(() -> Boolean.FALSE.equals(read("P-101.RUN").value()), WITHIN));
		stimulus.force("LT-101.PV", 3);
		session.write(node("P-101.CMD"), SignalDataType.BOOLEAN, true);
		assertTrue(LivePlants.await(() -> Boolean.TRUE.equals(read("P-101.RUN").value()), WITHIN));
	}

	@Test
	void refusalsNameTheMethodTheStatusAndTheReason() {
		LiveConnectionException unknown = assertThrows(LiveConnectionException.class,
				() -> stimulus.force("XX-1.PV", 1));
		assertTrue(unknown.getMessage().contains("Simulation/Force"), unknown.getMessage());
		assertTrue(unknown.getMessage().contains("Bad_NotFound"), unknown.getMessage());
		assertTrue(unknown.getMessage().contains("XX-1.PV"), unknown.getMessage());
		LiveConnectionException interlock = assertThrows(LiveConnectionException.class,
				() -> stimulus.failTrip("IS-404", true));
		assertTrue(interlock.getMessage().contains("IS-404"), interlock.getMessage());
		LiveConnectionException notAMethod = assertThrows(LiveConnectionException.class,
				() -> session.call(stimulus.objectNodeId(), "nsu=" + DemoPlant.NAMESPACE_URI + ";s=FT-101.PV"));
		assertTrue(notAMethod.getMessage().contains("Bad_"), notAMethod.getMessage());
	}

	@Test
	void aPlantWithoutStimulationOffersNone() throws Exception {
		Path clientPki = directory.resolve("quiet-pki");
		try (TestPlant quiet = TestPlant.in(directory.resolve("quiet")).trustClientOf(clientPki)
				.configure(config -> config.stimulation(false))) {
			VirtualPlant other = quiet.start();
			LivePlants.trustServer(clientPki, other);
			Endpoint endpoint = LivePlants.endpointOf(LivePlants.demoPlant(directory, "quiet"), other);
			try (LiveSession plain = LiveSession.connect(endpoint,
					LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()))) {
				assertEquals(Optional.empty(), PlantStimulus.find(plain));
			}
		}
	}

	private static String node(String tag) {
		return "nsu=" + DemoPlant.NAMESPACE_URI + ";s=" + tag;
	}

	private static SignalValue read(String tag) {
		try {
			return session.read(node(tag));
		} catch (LiveConnectionException e) {
			throw new AssertionError(e);
		}
	}

	private static double number(String tag) {
		return ((Number) read(tag).value()).doubleValue();
	}
}
