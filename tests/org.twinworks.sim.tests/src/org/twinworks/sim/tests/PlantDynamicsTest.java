// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.sim.internal.PlantDynamics;
import org.twinworks.sim.internal.SimulatedSignal;

/** The simulation without a server: deterministic, and it moves the demo plant the way a plant moves. */
class PlantDynamicsTest {
	private static final double TICK = 0.1;

	@TempDir
	Path directory;

	@Test
	void sameSeedGivesTheSameValuesTickByTick() {
		PlantDynamics first = dynamics(demo("a"), 7);
		PlantDynamics second = dynamics(demo("b"), 7);
		PlantDynamics other = dynamics(demo("c"), 8);
		run(first, 30);
		run(second, 30);
		run(other, 30);
		assertEquals(values(first), values(second));
		assertNotEquals(values(first), values(other));
	}

	@Test
	void loopMeasurementSettlesOnANewSetpointAndItsOutputReacts() {
		PlantDynamics dynamics = dynamics(demo("loop"), 1);
		double output = dynamics.signal("M-101.SPD_SP").value();
		dynamics.signal("LIC-101.SP").set(2.0);
		run(dynamics, 5);
		// reverse acting: the level is above its new setpoint, so the inflow pump's speed reference drops
		assertTrue(dynamics.signal("M-101.SPD_SP").value() < output);
		run(dynamics, 55);
		assertEquals(2.0, dynamics.signal("LT-101.PV").value(), 0.3);
	}

	@Test
	void pumpRunningFeedbackAndSpeedFollowTheCommand() {
		PlantDynamics dynamics = dynamics(demo("pump"), 1);
		assertTrue(dynamics.signal("P-401.RUN").on());
		dynamics.signal("P-401.CMD").set(0);
		run(dynamics, 20);
		assertTrue(!dynamics.signal("P-401.RUN").on());
		assertEquals(0, dynamics.signal("M-401.SPD").value(), 2);
		assertEquals(0, dynamics.signal("M-401.CUR").value(), 5);
	}

	@Test
	void tankLevelFallsWhileItsOutletPumpRuns() {
		PlantDynamics running = dynamics(demo("running"), 3);
		PlantDynamics stopped = dynamics(demo("stopped"), 3);
		stopped.signal("P-301.CMD").set(0);
		run(running, 120);
		run(stopped, 120);
		double nominal = running.signal("TK-301.LVL").nominal();
		assertTrue(running.signal("TK-301.LVL").value() < nominal - 1, "level " + running.signal("TK-301.LVL").value());
		assertTrue(stopped.signal("TK-301.LVL").value() > running.signal("TK-301.LVL").value());
	}

	@Test
	void tankRisesFasterWhenItsOutletValvesAreSecretlyBlocked() {
		PlantDynamics healthy = dynamics(demo("open"), 5);
		PlantDynamics blocked = dynamics(demo("blocked"), 5);
		// TK-101 empties through XV-201..203 into P-401's suction: all three closed, P-401 no longer draws from it
		for (String valve : List.of("XV-201.ZSO", "XV-202.ZSO", "XV-203.ZSO")) {
			assertTrue(blocked.block(valve, true));
		}
		assertFalse(blocked.block("NO-SUCH.PV", true));
		run(healthy, 10);
		run(blocked, 10);
		assertTrue(blocked.signal("XV-201.ZSO").on(), "the blocked valve still reads open");
		double rise = blocked.signal("LT-101.PV").value() - healthy.signal("LT-101.PV").value();
		assertTrue(rise > 0.03, "blocked outlet: level higher by " + rise + " m");
		for (String valve : List.of("XV-201.ZSO", "XV-202.ZSO", "XV-203.ZSO")) {
			blocked.block(valve, false);
		}
		PlantDynamics freed = dynamics(demo("freed"), 5);
		freed.block("XV-201.ZSO", true);
		freed.block("XV-201.ZSO", false);
		run(freed, 10);
		assertEquals(healthy.signal("LT-101.PV").value(), freed.signal("LT-101.PV").value(), 1e-9,
				"a freed valve passes again");
	}

	@Test
	void analogValuesStayInsideTheirRanges() {
		PlantDynamics dynamics = dynamics(demo("ranges"), 11);
		run(dynamics, 600);
		for (SimulatedSignal signal : dynamics.signals()) {
			if (signal.ranged()) {
				assertTrue(signal.value() >= signal.low() && signal.value() <= signal.high(),
						signal.tag() + " = " + signal.value());
			}
		}
	}

	@Test
	void manualLoopHoldsItsOutputAndAReverseLoopsMeasurementRisesWithIt() {
		PlantDynamics dynamics = dynamics(demo("manual-reverse"), 1);
		dynamics.signal("FIC-101.MODE").set(0); // Manual
		dynamics.signal("FCV-101.OUT").set(25);
		run(dynamics, 20);
		// the integrator is off: the output holds although the flow is far from the setpoint
		assertEquals(25, dynamics.signal("FCV-101.OUT").value(), 1e-9);
		assertEquals(0.25 * 600, dynamics.signal("FT-101.PV").value(), 6);
		dynamics.signal("FCV-101.OUT").set(75);
		run(dynamics, 20);
		assertEquals(0.75 * 600, dynamics.signal("FT-101.PV").value(), 6);
		assertEquals(75, dynamics.signal("FCV-101.POS").value(), 2);
	}

	@Test
	void manualDirectLoopsMeasurementFallsAsItsOutputRises() {
		PlantDynamics dynamics = dynamics(demo("manual-direct"), 1);
		dynamics.signal("LIC-401.MODE").set(0);
		dynamics.signal("M-401.SPD_SP").set(25);
		run(dynamics, 20);
		assertEquals(8 * 0.75, dynamics.signal("LT-401.PV").value(), 0.1);
		dynamics.signal("M-401.SPD_SP").set(75);
		run(dynamics, 20);
		assertEquals(8 * 0.25, dynamics.signal("LT-401.PV").value(), 0.1);
		assertEquals(75, dynamics.signal("M-401.SPD_SP").value(), 1e-9);
	}

	@Test
	void backInAutoTheControllerIntegratesAgain() {
		PlantDynamics dynamics = dynamics(demo("auto-again"), 1);
		dynamics.signal("FIC-101.MODE").set(0);
		dynamics.signal("FCV-101.OUT").set(10);
		run(dynamics, 10);
		dynamics.signal("FIC-101.MODE").set(1); // Auto: the flow (about 60) is far below its setpoint (320)
		run(dynamics, 2);
		assertTrue(dynamics.signal("FCV-101.OUT").value() > 15, "output " + dynamics.signal("FCV-101.OUT").value());
	}

	@Test
	void lowLowLevelTripsThePumpUntilTheOperatorRestartsIt() {
		PlantDynamics dynamics = dynamics(demo("trip"), 1);
		assertTrue(dynamics.signal("P-101.RUN").on());
		dynamics.signal("LT-101.PV").force(0.3);
		run(dynamics, 0.2);
		assertTrue(dynamics.tripped("IS-101"));
		assertFalse(dynamics.signal("P-101.CMD").on());
		assertFalse(dynamics.signal("P-101.RUN").on());
		assertTrue(dynamics.signal("P-101.TRIP").on());
		// a start command while the condition holds is overridden
		dynamics.signal("P-101.CMD").set(1);
		run(dynamics, 0.2);
		assertFalse(dynamics.signal("P-101.RUN").on());
		// the level recovers: the trip clears, the pump stays stopped until restarted
		dynamics.signal("LT-101.PV").release();
		dynamics.signal("LT-101.PV").set(3);
		run(dynamics, 1);
		assertFalse(dynamics.tripped("IS-101"));
		assertFalse(dynamics.signal("P-101.RUN").on());
		assertFalse(dynamics.signal("P-101.TRIP").on());
		dynamics.signal("P-101.CMD").set(1);
		run(dynamics, 0.2);
		assertTrue(dynamics.signal("P-101.RUN").on());
	}

	@Test
	void aFailingTripSeesItsConditionButForcesNothing() {
		PlantDynamics dynamics = dynamics(demo("notrip"), 1);
		assertTrue(dynamics.failTrip("IS-501", true));
		dynamics.signal("LT-401.PV").force(0.1);
		run(dynamics, 1);
		assertTrue(dynamics.tripped("IS-501"));
		assertTrue(dynamics.signal("P-501.RUN").on());
		assertFalse(dynamics.failTrip("IS-999", true));
	}

	@Test
	void aForcedValueHoldsBeyondItsRangeAndAgainstWrites() {
		PlantDynamics dynamics = dynamics(demo("force"), 1);
		SimulatedSignal level = dynamics.signal("LT-101.PV");
		double before = level.value();
		level.force(-0.5);
		level.set(3);
		run(dynamics, 2);
		assertEquals(-0.5, level.value(), 0);
		assertEquals(-1, level.outsideRange());
		level.release();
		assertEquals(before, level.value(), 0); // the simulated value again, which stood still while forced
	}

	private Plant demo(String name) {
		return TestClients.demoPlant(directory.resolve(name));
	}

	private static PlantDynamics dynamics(Plant plant, long seed) {
		return PlantDynamics.of(plant, plant.getTwin().getBindings().stream().map(Binding::getSignal).toList(), seed);
	}

	private static void run(PlantDynamics dynamics, double seconds) {
		for (int i = 0; i < Math.round(seconds / TICK); i++) {
			dynamics.step(TICK);
		}
	}

	private static List<Double> values(PlantDynamics dynamics) {
		return dynamics.signals().stream().map(SimulatedSignal::value).toList();
	}
}
