// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.EventSink;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;

/** Signals, values and detectors that write down what the engine calls them with. */
final class EngineFixtures {
	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	private EngineFixtures() {
	}

	/** A signal {@code <equipment>.PV} on an equipment of its own. */
	static Signal signal(String equipmentTag) {
		Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
		equipment.setTag(equipmentTag);
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(equipmentTag + ".PV");
		equipment.getSignals().add(signal);
		return signal;
	}

	static SignalValue good(double value, Instant at) {
		return new SignalValue(value, 0, "Good", at, at);
	}

	static SignalValue bad(Instant at) {
		return new SignalValue(null, 0x8031_0000L, "Bad_NoCommunication", at, at);
	}

	/** A value the server sent without a source time. */
	static SignalValue unstamped(double value) {
		return new SignalValue(value, 0, "Good", null, null);
	}

	/** Writes down every call, as "value TAG time" and "time time". */
	static class Spy implements Detector {
		final List<String> calls = Collections.synchronizedList(new ArrayList<>());
		final List<Instant> ticks = Collections.synchronizedList(new ArrayList<>());
		private final Set<Signal> watched;

		Spy(Signal... watched) {
			this.watched = Set.of(watched);
		}

		@Override
		public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
			calls.add("value " + signal.getTag() + " " + time);
		}

		@Override
		public void onTime(Instant now, EventSink sink) {
			ticks.add(now);
		}

		@Override
		public Set<Signal> watched() {
			return watched;
		}
	}

	/** Every frame as heard, "open id source" / "close id source". */
	static final class Heard implements EventListener {
		final List<EventFrame> frames = Collections.synchronizedList(new ArrayList<>());
		final List<String> lines = Collections.synchronizedList(new ArrayList<>());

		@Override
		public void opened(EventFrame frame) {
			frames.add(frame);
			lines.add("open " + frame.id() + " " + frame.source());
		}

		@Override
		public void closed(EventFrame frame) {
			frames.add(frame);
			lines.add("close " + frame.id() + " " + frame.source());
		}
	}
}
