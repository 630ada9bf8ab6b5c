// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.twinworks.events.Detector;
import org.twinworks.events.EventSink;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Area;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.types.EquipmentTypes;

/** A tank TK-1 (LEVEL, HIGH) and three pumps P-1..P-3 of one type (RUN, CMD), and timed values to drive rules. */
final class RuleTestPlant {
	static final TwinFactory F = TwinFactory.eINSTANCE;
	static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
	static final long GOOD = 0;
	static final long UNCERTAIN = 0x4000_0000L;
	static final long BAD = 0x8000_0000L;

	final Plant plant = F.createPlant();
	final Area area = F.createArea();
	final Equipment tank = F.createEquipment();
	final Signal level = signal(tank, "TK-1.LEVEL", SignalDataType.DOUBLE);
	final Signal high = signal(tank, "TK-1.HIGH", SignalDataType.BOOLEAN);
	final EquipmentType pumpType = F.createEquipmentType();
	final List<Equipment> pumps = new ArrayList<>();

	RuleTestPlant() {
		plant.setName("Rule test plant");
		area.setName("Area");
		plant.getAreas().add(area);
		tank.setTag("TK-1");
		area.getEquipment().add(0, tank);
		pumpType.setName("Pump");
		for (String tag : List.of("RUN", "CMD")) {
			Signal template = F.createSignal();
			template.setTag(tag);
			template.setDataType(SignalDataType.BOOLEAN);
			pumpType.getSignals().add(template);
		}
		plant.getEquipmentTypes().add(pumpType);
		for (int i = 1; i <= 3; i++) {
			Equipment pump = EquipmentTypes.instantiate(pumpType, "P-" + i, "Pump " + i);
			area.getEquipment().add(pump);
			pumps.add(pump);
		}
	}

	private Signal signal(Equipment owner, String tag, SignalDataType type) {
		Signal signal = F.createSignal();
		signal.setTag(tag);
		signal.setDataType(type);
		owner.getSignals().add(signal);
		return signal;
	}

	EventRule rule(Equipment owner, String name, String condition) {
		EventRule rule = F.createEventRule();
		rule.setName(name);
		rule.setCondition(condition);
		owner.getEventRules().add(rule);
		return rule;
	}

	static Signal signalOf(Equipment equipment, String suffix) {
		return equipment.getSignals().stream().filter(s -> s.getTag().equals(equipment.getTag() + "." + suffix))
				.findFirst().orElseThrow();
	}

	static Instant at(double seconds) {
		return T0.plusMillis(Math.round(seconds * 1000));
	}

	/** A value at {@code seconds} after T0, its source time set as a server would. */
	static void value(Detector detector, Signal signal, Object value, long status, double seconds, EventSink sink) {
		Instant time = at(seconds);
		detector.onValue(signal, new SignalValue(value, status, status == GOOD ? "Good" : "NotGood", time, time), time,
				sink);
	}

	/** Engine ticks every 100 ms in (from, to], offset by 50 ms so that no tick falls on a whole second. */
	static void ticks(Detector detector, double from, double to, EventSink sink) {
		for (long ms = Math.round(from * 1000) / 100 * 100 + 50; ms <= Math.round(to * 1000); ms += 100) {
			if (ms > Math.round(from * 1000)) {
				detector.onTime(T0.plusMillis(ms), sink);
			}
		}
	}
}
