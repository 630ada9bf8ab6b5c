// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.EnumMap;
import java.util.Map;

import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/** One row: a signal and its active binding (if any), as the I/O list shows them. */
record IoListRow(Signal signal, Binding binding) {

	String equipmentTag() {
		Equipment equipment = signal.getEquipment();
		return equipment == null ? "" : equipment.getTag();
	}

	Double limit(AlarmKind kind) {
		Map<AlarmKind, Double> limits = new EnumMap<>(AlarmKind.class);
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			limits.putIfAbsent(limit.getKind(), limit.getValue());
		}
		return limits.get(kind);
	}
}
