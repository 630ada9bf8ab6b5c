// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import java.time.Instant;

import org.twinworks.live.SignalValue;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;

/** Small plants built by hand for the built-in deductions' tests, and values as a server would send them. */
final class HandMadePlants {
	static final TwinFactory F = TwinFactory.eINSTANCE;
	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	private HandMadePlants() {
	}

	static Plant plant(String name) {
		Plant plant = F.createPlant();
		plant.setName(name);
		return plant;
	}

	static Area area(Plant plant, String name) {
		Area area = F.createArea();
		area.setName(name);
		plant.getAreas().add(area);
		return area;
	}

	static Equipment equipment(EquipmentHolder holder, String tag, EquipmentKind kind) {
		Equipment equipment = F.createEquipment();
		equipment.setTag(tag);
		equipment.setName(tag);
		equipment.setKind(kind);
		holder.getEquipment().add(equipment);
		return equipment;
	}

	static Signal analog(Equipment owner, String suffix, double low, double high) {
		Signal signal = signal(owner, suffix, SignalDirection.INPUT, SignalDataType.DOUBLE);
		signal.setRangeLow(low);
		signal.setRangeHigh(high);
		return signal;
	}

	static Signal signal(Equipment owner, String suffix, SignalDirection direction, SignalDataType type) {
		Signal signal = F.createSignal();
		signal.setTag(owner.getTag() + "." + suffix);
		signal.setName(suffix);
		signal.setDirection(direction);
		signal.setDataType(type);
		owner.getSignals().add(signal);
		return signal;
	}

	static Signal template(EquipmentType type, String tag, SignalDirection direction, SignalDataType dataType) {
		Signal signal = F.createSignal();
		signal.setTag(tag);
		signal.setName(tag);
		signal.setDirection(direction);
		signal.setDataType(dataType);
		type.getSignals().add(signal);
		return signal;
	}

	static AlarmLimit alarm(Signal signal, AlarmKind kind, double value, double hysteresis) {
		AlarmLimit limit = F.createAlarmLimit();
		limit.setKind(kind);
		limit.setValue(value);
		limit.setHysteresis(hysteresis);
		signal.getAlarmLimits().add(limit);
		return limit;
	}

	static SignalValue good(Object value, Instant at) {
		return new SignalValue(value, 0, "Good", at, at);
	}

	static Instant at(double seconds) {
		return T0.plusMillis(Math.round(seconds * 1000));
	}
}
