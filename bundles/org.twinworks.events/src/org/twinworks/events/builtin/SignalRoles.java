// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

/**
 * What a signal is for, read from the model as the virtual plant and commissioning read it: its data type and
 * direction, and its tag's last segment (CMD, RUN, POS, OUT, SPD...) within its equipment.
 */
final class SignalRoles {

	private SignalRoles() {
	}

	/** A measured continuous value: a numeric input (not a boolean, text, time or enumeration, not an output). */
	static boolean isAnalog(Signal signal) {
		return isNumeric(signal) && signal.getDirection() == SignalDirection.INPUT;
	}

	static boolean isNumeric(Signal signal) {
		SignalDataType type = signal.getDataType();
		return type != null && switch (type) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	static boolean isInteger(Signal signal) {
		SignalDataType type = signal.getDataType();
		return isNumeric(signal) && type != SignalDataType.FLOAT && type != SignalDataType.DOUBLE;
	}

	static boolean isBoolean(Signal signal) {
		return signal.getDataType() == SignalDataType.BOOLEAN;
	}

	/** The span of the signal's range, 0 when it has none. */
	static double span(Signal signal) {
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		return low == null || high == null || high <= low ? 0 : high - low;
	}

	static String suffix(Signal signal) {
		String tag = signal.getTag();
		return tag == null ? "" : tag.substring(tag.lastIndexOf('.') + 1);
	}

	/** The equipment's signal whose tag ends in {@code .suffix}, or null. */
	static @Nullable Signal sibling(Equipment equipment, String suffix) {
		for (Signal signal : equipment.getSignals()) {
			if (suffix.equals(suffix(signal))) {
				return signal;
			}
		}
		return null;
	}

	static String label(Signal signal) {
		return signal.getTag() != null ? signal.getTag() : String.valueOf(signal.getName());
	}
}
