// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import org.twinworks.model.Signal;

/**
 * What the user typed in the write dialog, as the value a signal takes, and whether the model allows it: the
 * dialog refuses a value outside the engineering range before anything is sent (the live core checks again).
 */
final class WriteValues {

	private WriteValues() {
	}

	/** The typed value as the signal's type: a Double for numbers, a Boolean, a String, an enumeration's index. */
	static Object parse(Signal signal, String text) {
		String t = text.trim();
		if (t.isEmpty()) {
			throw new IllegalArgumentException("Enter the new value.");
		}
		return switch (signal.getDataType()) {
		case BOOLEAN -> switch (t.toLowerCase(java.util.Locale.ROOT)) {
		case "true", "1", "on" -> Boolean.TRUE;
		case "false", "0", "off" -> Boolean.FALSE;
		default -> throw new IllegalArgumentException(signal.getTag() + " takes true or false, not " + t + ".");
		};
		case STRING -> t;
		case DATE_TIME -> throw new IllegalArgumentException("Date and time signals cannot be written here.");
		case ENUMERATION -> enumeration(signal, t);
		default -> number(signal, t);
		};
	}

	/** Why the model forbids the value, or null when it is inside the engineering range (or has none). */
	static String rangeProblem(Signal signal, Object value) {
		if (!(value instanceof Double v) || signal.getDataType() == org.twinworks.model.SignalDataType.ENUMERATION) {
			return null;
		}
		Double low = signal.getRangeLow();
		Double high = signal.getRangeHigh();
		if (low != null && v < low || high != null && v > high) {
			return plain(v) + " is outside the engineering range of " + signal.getTag() + ": " + range(signal)
					+ ". Nothing was sent.";
		}
		return null;
	}

	/** "0 – 100 %" or "(no range)". */
	static String range(Signal signal) {
		if (signal.getRangeLow() == null && signal.getRangeHigh() == null) {
			return "(no range)";
		}
		return (signal.getRangeLow() == null ? "−∞" : plain(signal.getRangeLow())) + " – "
				+ (signal.getRangeHigh() == null ? "∞" : plain(signal.getRangeHigh())) + unit(signal);
	}

	/** A number as typed, without a trailing ".0": what the user wrote, not a display rounding of it. */
	static String plain(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}

	/** " bar", or "" without a unit. */
	static String unit(Signal signal) {
		String symbol = signal.getUnit() == null ? null : signal.getUnit().getSymbol();
		return symbol == null || symbol.isBlank() ? "" : " " + symbol;
	}

	private static Object number(Signal signal, String t) {
		try {
			double v = Double.parseDouble(t.replace(',', '.'));
			if (Double.isNaN(v) || Double.isInfinite(v)) {
				throw new NumberFormatException();
			}
			boolean integral = switch (signal.getDataType()) {
			case FLOAT, DOUBLE -> false;
			default -> true;
			};
			if (integral && v != Math.rint(v)) {
				throw new IllegalArgumentException(signal.getTag() + " takes a whole number, not " + t + ".");
			}
			return v;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(t + " is not a number.");
		}
	}

	private static Object enumeration(Signal signal, String t) {
		int index = signal.getEnumLiterals().indexOf(t);
		if (index >= 0) {
			return index;
		}
		try {
			return Integer.parseInt(t);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(signal.getTag() + " takes one of " + signal.getEnumLiterals() + ".");
		}
	}
}
