// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * Reads the model as the virtual plant's planner does (tag suffixes RUN, SPD, POS/OUT, X/X_SP, MODE within one
 * equipment), so the shadow feeds the same dynamics with the same signals.
 */
final class ShadowRoles {
	static final Set<String> TEMPERATURE_UNITS = Set.of("CEL", "FAH", "KEL");

	private ShadowRoles() {
	}

	static String suffix(Signal signal) {
		String tag = signal.getTag();
		return tag == null ? "" : tag.substring(tag.lastIndexOf('.') + 1);
	}

	static @Nullable Signal sibling(@Nullable Equipment equipment, String suffix) {
		if (equipment == null) {
			return null;
		}
		for (Signal signal : equipment.getSignals()) {
			if (suffix.equals(suffix(signal))) {
				return signal;
			}
		}
		return null;
	}

	/** The running feedback of the machine an equipment belongs to: its own RUN, else its parent's; null without. */
	static @Nullable Signal runOf(@Nullable Equipment equipment) {
		for (EObject e = equipment; e instanceof Equipment candidate; e = e.eContainer()) {
			Signal run = sibling(candidate, "RUN");
			if (run != null) {
				return run;
			}
		}
		return null;
	}

	/** A pump's speed feedback: its own SPD, else its drive's. */
	static @Nullable Signal speedOf(Equipment pump) {
		Signal speed = sibling(pump, "SPD");
		for (Equipment child : pump.getEquipment()) {
			speed = speed != null ? speed : sibling(child, "SPD");
		}
		return speed;
	}

	static boolean numeric(Signal signal) {
		SignalDataType type = signal.getDataType();
		return type != null && switch (type) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	static boolean ranged(Signal signal) {
		return signal.getRangeLow() != null && signal.getRangeHigh() != null
				&& signal.getRangeHigh() > signal.getRangeLow();
	}

	static double low(Signal signal) {
		return ranged(signal) ? signal.getRangeLow() : 0;
	}

	static double span(Signal signal) {
		return ranged(signal) ? signal.getRangeHigh() - signal.getRangeLow() : 100;
	}

	/** The nominal value as the virtual plant starts from it: the model's, else the middle of the range. */
	static double nominal(Signal signal) {
		String text = signal.getNominalValue() == null ? "" : signal.getNominalValue().strip();
		double fallback = ranged(signal) ? low(signal) + span(signal) / 2 : 0;
		try {
			return text.isEmpty() ? fallback : Double.parseDouble(text.toLowerCase(Locale.ROOT));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	static boolean temperature(Signal signal) {
		return signal.getUnit() != null && signal.getUnit().getCode() != null
				&& TEMPERATURE_UNITS.contains(signal.getUnit().getCode());
	}

	static String label(Signal signal) {
		return signal.getTag() != null ? signal.getTag() : String.valueOf(signal.getName());
	}
}
