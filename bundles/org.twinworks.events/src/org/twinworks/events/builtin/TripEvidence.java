// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.ArrayList;
import java.util.List;

import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.TripAction;

/**
 * What shows that a trip action happened on the tripped equipment and its child equipment (a pump's motor), one
 * expectation per equipment, its feedback preferred to its command: STOP and START by the running feedback RUN
 * (false, true), else the command CMD; CLOSE and OPEN by the limit switches ZSC / ZSO, else the position POS near
 * the bottom / top of its range (within 2 % of span), else the command CMD (false, true). Equipment with none of
 * these adds nothing.
 */
record TripEvidence(Signal signal, Expected expected) {
	/** How near the end of its range a position must be to count as closed or open. */
	static final double END_BAND = 0.02;

	enum Expected {
		TRUE, FALSE, AT_LOW, AT_HIGH
	}

	static List<TripEvidence> of(Equipment tripped, TripAction action) {
		List<TripEvidence> evidence = new ArrayList<>();
		collect(tripped, action, evidence);
		return evidence;
	}

	private static void collect(Equipment equipment, TripAction action, List<TripEvidence> evidence) {
		TripEvidence own = switch (action) {
		case STOP -> firstOf(equipment, Expected.FALSE, "RUN", "CMD");
		case START -> firstOf(equipment, Expected.TRUE, "RUN", "CMD");
		case CLOSE -> positionOf(equipment, false);
		case OPEN -> positionOf(equipment, true);
		};
		if (own != null) {
			evidence.add(own);
		}
		for (Equipment child : equipment.getEquipment()) {
			collect(child, action, evidence);
		}
	}

	private static TripEvidence positionOf(Equipment equipment, boolean open) {
		Signal limit = SignalRoles.sibling(equipment, open ? "ZSO" : "ZSC");
		if (limit != null && SignalRoles.isBoolean(limit)) {
			return new TripEvidence(limit, Expected.TRUE);
		}
		Signal position = SignalRoles.sibling(equipment, "POS");
		if (position != null && SignalRoles.span(position) > 0) {
			return new TripEvidence(position, open ? Expected.AT_HIGH : Expected.AT_LOW);
		}
		return firstOf(equipment, open ? Expected.TRUE : Expected.FALSE, "CMD");
	}

	private static TripEvidence firstOf(Equipment equipment, Expected expected, String... suffixes) {
		for (String suffix : suffixes) {
			Signal signal = SignalRoles.sibling(equipment, suffix);
			if (signal != null && SignalRoles.isBoolean(signal)) {
				return new TripEvidence(signal, expected);
			}
		}
		return null;
	}

	/** Whether {@code x} (a plotted value: booleans 0 and 1, NaN unknown) shows the action done. */
	boolean shows(double x) {
		if (Double.isNaN(x)) {
			return false;
		}
		double band = END_BAND * SignalRoles.span(signal);
		return switch (expected) {
		case TRUE -> x != 0;
		case FALSE -> x == 0;
		case AT_LOW -> x <= signal.getRangeLow() + band;
		case AT_HIGH -> x >= signal.getRangeHigh() - band;
		};
	}
}
