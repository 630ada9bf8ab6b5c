// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoublePredicate;

import org.junit.jupiter.api.Test;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.EventFrame;
import org.twinworks.events.shadow.ShadowCurve;
import org.twinworks.events.shadow.ShadowDetector;
import org.twinworks.events.shadow.ShadowKind;
import org.twinworks.events.shadow.ShadowProvider;
import org.twinworks.events.shadow.ShadowSample;
import org.twinworks.events.shadow.ShadowSettings;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;

/**
 * Shadows fed by hand with timed values, the plant's level moved by the virtual plant's own law (settling back to
 * nominal with 20 s, plus 0.2 % of span per second per full-speed pump of imbalance): P-1 fills TK-1, P-2 empties
 * it through XV-1.
 */
class ShadowDetectorTest {
	private static final TwinFactory F = TwinFactory.eINSTANCE;
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final double DT = 0.1;
	private static final double NOMINAL = 5;
	private static final double SPAN = 10;

	private Signal level;
	private Signal run1;
	private Signal run2;
	private Signal speed1;
	private Signal speed2;
	private Signal open;
	private Signal position;
	private Signal demand;

	@Test
	void aTankWithItsInflowAndOpenOutletRaisesNothing() {
		ShadowDetector tank = tankShadow(plant());
		CollectedFrames frames = new CollectedFrames();
		run(tank, frames, 0, 300, t -> false, true, 0.6);
		assertEquals(List.of(), frames.opened);
		assertTrue(Math.abs(tank.expected() - NOMINAL) < 1, "the shadow follows: " + tank.expected());
	}

	@Test
	void anOutletSecretlyClosedRaisesTheLevelFasterThanExpectedAndOpensAFrame() {
		ShadowDetector tank = tankShadow(plant());
		CollectedFrames frames = new CollectedFrames();
		// closed at 60 s while XV-1 still reads open and P-2 still runs; open again at 200 s
		double end = run(tank, frames, 0, 400, t -> t >= 60 && t < 200, true, 1);
		assertEquals(1, frames.opened.size(), "one frame: " + frames.opened);
		EventFrame frame = frames.opened.get(0);
		assertEquals(ShadowDetector.SOURCE, frame.source());
		assertEquals("TK-1", frame.equipment().getTag());
		double openedAfter = Duration.between(T0.plusSeconds(60), frame.start()).toMillis() / 1000.0;
		assertTrue(openedAfter >= 10 && openedAfter <= 60, "opened " + openedAfter + " s after the outlet closed");
		double actual = (Double) frame.atStart().get("LT-1.PV");
		double expected = (Double) frame.atStart().get("expected");
		assertTrue(actual - expected > 0.05 * SPAN, "rises faster than expected: " + actual + " vs " + expected);
		assertEquals(1, frames.closed.size(), "closes once the outlet passes again (ran to " + end + " s)");
		assertTrue(frames.closed.get(0).end().isAfter(T0.plusSeconds(200)));
		assertEquals(tank.curve().latest().orElseThrow().actual(), tank.expected(), 0.05 * SPAN,
				"the shadow is back with the plant");
	}

	@Test
	void anOutletThatReadsClosedIsExpectedToHoldTheWater() {
		ShadowDetector tank = tankShadow(plant());
		CollectedFrames frames = new CollectedFrames();
		run(tank, frames, 0, 300, t -> true, false, 1);
		assertEquals(List.of(), frames.opened, "XV-1 reads closed: the balance has no outflow");
	}

	@Test
	void bothCurvesAreKeptInABoundedRingOldestFirst() {
		ShadowSettings small = new ShadowSettings(0.05, Duration.ofSeconds(10), Duration.ofSeconds(60),
				Duration.ofSeconds(1), 40);
		ShadowDetector tank = new ShadowProvider(small).shadowsOf(plant()).stream()
				.filter(s -> s.kind() == ShadowKind.TANK).findFirst().orElseThrow();
		run(tank, new CollectedFrames(), 0, 100, t -> false, true, 1);
		ShadowCurve curve = tank.curve();
		List<ShadowSample> samples = curve.samples();
		assertEquals(40, samples.size());
		for (int i = 1; i < samples.size(); i++) {
			assertTrue(samples.get(i).time().isAfter(samples.get(i - 1).time()));
		}
		assertTrue(samples.get(0).time().isAfter(T0.plusSeconds(59)), "the oldest went first: " + samples.get(0));
		assertEquals(3, curve.between(T0.plusSeconds(90), T0.plusSeconds(93)).size());
		assertEquals(curve.latest().orElseThrow(), samples.get(39));
	}

	@Test
	void anAnalogFeedbackFollowsItsReferenceUntilItSticks() {
		Plant plant = plant();
		ShadowDetector valve = new ShadowProvider().shadowsOf(plant).stream()
				.filter(s -> s.kind() == ShadowKind.FEEDBACK).findFirst().orElseThrow();
		assertEquals(position, valve.compared());
		CollectedFrames frames = new CollectedFrames();
		double pos = 0;
		valve.onValue(demand, good(60, T0), T0, frames);
		for (double t = 0; t <= 120; t += DT) {
			Instant now = at(t);
			boolean stuck = t >= 60;
			pos = stuck ? pos : pos + (60 - pos) * DT / 2;
			if (t == 0 || !stuck) {
				valve.onValue(position, good(pos, now), now, frames);
			}
			if (Math.abs(t - 70) < DT / 2) {
				valve.onValue(demand, good(20, now), now, frames);
			}
			valve.onTime(now, frames);
			if (t < 70) {
				assertEquals(List.of(), frames.opened, "follows at " + t);
			}
		}
		assertEquals(1, frames.opened.size(), "stuck at 60 % while 20 % is demanded: " + frames.opened);
		assertFalse(frames.opened.get(0).start().isBefore(at(80)), "not before the duration");
	}

	private ShadowDetector tankShadow(Plant plant) {
		List<ShadowDetector> shadows = new ShadowProvider().shadowsOf(plant);
		assertEquals(List.of(ShadowKind.TANK, ShadowKind.FEEDBACK), shadows.stream().map(ShadowDetector::kind).toList(),
				"a tank and a valve position: the pumps' speeds have no reference here");
		ShadowDetector tank = shadows.get(0);
		assertEquals(level, tank.compared());
		assertEquals(0.05 * SPAN, tank.tolerance(), 1e-9);
		return tank;
	}

	/**
	 * Moves the plant from {@code from} to {@code to} seconds and feeds the shadow every 100 ms.
	 *
	 * @param outletBlocked whether P-2 really draws nothing at time t
	 * @param valveReadsOpen what XV-1's open switch says
	 * @param outletSpeed    P-2's speed fraction (P-1 runs at full speed)
	 * @return the last time
	 */
	private double run(ShadowDetector shadow, CollectedFrames frames, double from, double to,
			DoublePredicate outletBlocked, boolean valveReadsOpen, double outletSpeed) {
		double x = NOMINAL;
		Instant start = at(from);
		shadow.onValue(run1, good(true, start), start, frames);
		shadow.onValue(run2, good(true, start), start, frames);
		shadow.onValue(speed1, good(100.0, start), start, frames);
		shadow.onValue(speed2, good(outletSpeed * 100, start), start, frames);
		shadow.onValue(open, good(valveReadsOpen, start), start, frames);
		double t = from;
		for (; t <= to + 1e-9; t += DT) {
			boolean outflow = valveReadsOpen && !outletBlocked.test(t);
			double net = 1 - (outflow ? outletSpeed : 0);
			x = x + (NOMINAL - x) * DT / 20 + net * 0.002 * SPAN * DT;
			Instant now = at(t);
			shadow.onValue(level, good(x, now), now, frames);
			shadow.onTime(now, frames);
		}
		return t;
	}

	private Plant plant() {
		Plant plant = F.createPlant();
		plant.setName("shadow");
		Area area = F.createArea();
		area.setName("Area");
		plant.getAreas().add(area);
		Equipment p1 = equipment(area, "P-1", EquipmentKind.PUMP);
		Equipment tank = equipment(area, "TK-1", EquipmentKind.TANK);
		Equipment lt = equipment(area, "LT-1", EquipmentKind.OTHER);
		Equipment xv = equipment(area, "XV-1", EquipmentKind.VALVE);
		Equipment p2 = equipment(area, "P-2", EquipmentKind.PUMP);
		Equipment fcv = equipment(area, "FCV-1", EquipmentKind.CONTROL_VALVE);
		run1 = signal(p1, "RUN", SignalDataType.BOOLEAN, null);
		speed1 = signal(p1, "SPD", SignalDataType.DOUBLE, 100.0);
		run2 = signal(p2, "RUN", SignalDataType.BOOLEAN, null);
		speed2 = signal(p2, "SPD", SignalDataType.DOUBLE, 100.0);
		open = signal(xv, "ZSO", SignalDataType.BOOLEAN, null);
		level = signal(lt, "PV", SignalDataType.DOUBLE, SPAN);
		level.setName("Tank level");
		level.setNominalValue(String.valueOf(NOMINAL));
		position = signal(fcv, "POS", SignalDataType.DOUBLE, 100.0);
		demand = signal(fcv, "OUT", SignalDataType.DOUBLE, 100.0);
		demand.setDirection(SignalDirection.OUTPUT);
		pipe(plant, p1, tank);
		pipe(plant, tank, xv);
		pipe(plant, xv, p2);
		return plant;
	}

	private static Equipment equipment(Area area, String tag, EquipmentKind kind) {
		Equipment equipment = F.createEquipment();
		equipment.setTag(tag);
		equipment.setName(tag);
		equipment.setKind(kind);
		Port in = F.createPort();
		in.setName("In");
		in.setDirection(PortDirection.IN);
		Port out = F.createPort();
		out.setName("Out");
		out.setDirection(PortDirection.OUT);
		equipment.getPorts().add(in);
		equipment.getPorts().add(out);
		area.getEquipment().add(equipment);
		return equipment;
	}

	private static Signal signal(Equipment owner, String suffix, SignalDataType type, Double high) {
		Signal signal = F.createSignal();
		signal.setTag(owner.getTag() + "." + suffix);
		signal.setName(suffix);
		signal.setDirection(SignalDirection.INPUT);
		signal.setDataType(type);
		if (high != null) {
			signal.setRangeLow(0.0);
			signal.setRangeHigh(high);
		}
		owner.getSignals().add(signal);
		return signal;
	}

	private static void pipe(Plant plant, Equipment from, Equipment to) {
		Connection pipe = F.createConnection();
		pipe.setKind(ConnectionKind.PIPE);
		pipe.setSource(from.getPorts().get(1));
		pipe.setTarget(to.getPorts().get(0));
		plant.getConnections().add(pipe);
	}

	private static SignalValue good(Object value, Instant at) {
		return new SignalValue(value, 0, "Good", at, at);
	}

	private static Instant at(double seconds) {
		return T0.plusMillis(Math.round(seconds * 1000));
	}
}
