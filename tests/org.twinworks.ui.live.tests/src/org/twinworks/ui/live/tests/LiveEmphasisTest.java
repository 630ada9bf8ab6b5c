// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.SignalState;
import org.twinworks.live.SignalValue;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.ui.live.LiveEmphasis;
import org.twinworks.ui.live.LiveSignal;
import org.twinworks.ui.live.PrimarySignals;

/** How live states map onto the diagram's emphasis: calm, and never claiming more than the connection knows. */
class LiveEmphasisTest {
	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
	private static final SignalState FINE = new SignalState(Set.of(), false, false, false, null, false);
	private final Plant plant = DemoPlant.createIn(
			PlantFiles.createResource(PlantFiles.newResourceSet(), java.nio.file.Path.of("/tmp/emphasis.twin")));
	private final Signal pressure = signal("PT-101.PV");
	private final Signal running = signal("P-101.RUN");

	@Test
	void disconnectedIsDistinctFromNoValueYet() {
		Overlay offline = LiveEmphasis.of(pressure, new LiveSignal(good(4.5), FINE, ConnectionState.DISCONNECTED), NOW);
		Overlay waiting = LiveEmphasis.of(pressure, new LiveSignal(null, FINE, ConnectionState.CONNECTED), NOW);
		assertEquals(Emphasis.DISCONNECTED, offline.emphasis());
		assertEquals("offline", offline.text(), "an old value is not shown as if live");
		assertEquals(Emphasis.NO_VALUE, waiting.emphasis());
		assertNull(LiveEmphasis.of(pressure, LiveSignal.UNBOUND, NOW), "an unbound signal has no overlay");
	}

	@Test
	void aStaleValueIsDimmedWithItsAge() {
		SignalState stale = new SignalState(Set.of(), false, false, true, NOW.minusSeconds(3), false);
		Overlay overlay = LiveEmphasis.of(pressure, new LiveSignal(good(4.5), stale, ConnectionState.RECONNECTING),
				NOW);
		assertEquals(Emphasis.STALE, overlay.emphasis());
		assertEquals("4.50 bar · 12 s", overlay.text());
	}

	@Test
	void alarmColoursOnlyForLimitViolations() {
		SignalState high = new SignalState(Set.of(AlarmKind.HIGH), false, false, false, null, false);
		assertEquals(Emphasis.ALARM,
				LiveEmphasis.of(pressure, new LiveSignal(good(7.2), high, ConnectionState.CONNECTED), NOW).emphasis());
		SignalState outOfRangeOnly = new SignalState(Set.of(), false, false, false, null, true);
		assertEquals(Emphasis.NORMAL, LiveEmphasis
				.of(pressure, new LiveSignal(good(11), outOfRangeOnly, ConnectionState.CONNECTED), NOW).emphasis());
		SignalValue bad = new SignalValue(4.5, 0x808A0000L, "Bad_SensorFailure", NOW, NOW);
		assertEquals(Emphasis.BAD,
				LiveEmphasis.of(pressure, new LiveSignal(bad,
						new SignalState(Set.of(), true, false, false, null, false), ConnectionState.CONNECTED), NOW)
						.emphasis());
		SignalValue uncertain = new SignalValue(4.5, 0x40000000L, "Uncertain", NOW, NOW);
		assertEquals(Emphasis.UNCERTAIN,
				LiveEmphasis.of(pressure, new LiveSignal(uncertain,
						new SignalState(Set.of(), false, true, false, null, false), ConnectionState.CONNECTED), NOW)
						.emphasis());
	}

	@Test
	void aPumpRunsFromItsRunningFeedbackOnlyWhileOnline() {
		assertEquals(running, PrimarySignals.of(running.getEquipment(), s -> true), "a pump speaks for its RUN signal");
		SignalValue on = new SignalValue(true, 0, "Good", NOW, NOW);
		Overlay live = LiveEmphasis.of(running, new LiveSignal(on, FINE, ConnectionState.CONNECTED), NOW);
		assertEquals(Emphasis.RUNNING, live.emphasis());
		assertEquals("running", live.text());
		Overlay lost = LiveEmphasis.of(running, new LiveSignal(on, FINE, ConnectionState.FAILED), NOW);
		assertTrue(lost.emphasis() == Emphasis.DISCONNECTED, "no green after the connection is gone: " + lost);
	}

	private static SignalValue good(double value) {
		return new SignalValue(value, 0, "Good", NOW.minusSeconds(12), NOW.minusSeconds(12));
	}

	private Signal signal(String tag) {
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		throw new AssertionError(tag);
	}
}
