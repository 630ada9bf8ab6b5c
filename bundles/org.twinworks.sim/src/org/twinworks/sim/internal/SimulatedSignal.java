// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.twinworks.model.Access;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * The simulated state of one signal. Every kind of value is kept as a double (booleans 0/1, enumerations their
 * index) so that the behaviours stay free of type switches; strings and date-times keep their text.
 */
public final class SimulatedSignal {
	private final Signal signal;
	private final double low;
	private final double high;
	private final double nominal;
	private double value;
	private String text;

	SimulatedSignal(Signal signal) {
		this.signal = signal;
		boolean ranged = signal.getRangeLow() != null && signal.getRangeHigh() != null
				&& signal.getRangeHigh() > signal.getRangeLow();
		low = ranged ? signal.getRangeLow() : Double.NaN;
		high = ranged ? signal.getRangeHigh() : Double.NaN;
		nominal = parseNominal(signal);
		value = nominal;
		text = initialText(signal);
	}

	public Signal signal() {
		return signal;
	}

	public String tag() {
		return signal.getTag();
	}

	public SignalDataType type() {
		return signal.getDataType();
	}

	public boolean writable() {
		return signal.getAccess() == Access.READ_WRITE;
	}

	public boolean numeric() {
		return switch (type()) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	public boolean ranged() {
		return !Double.isNaN(low);
	}

	public double low() {
		return ranged() ? low : 0;
	}

	public double high() {
		return ranged() ? high : 100;
	}

	public double span() {
		return high() - low();
	}

	public double nominal() {
		return nominal;
	}

	public double value() {
		return value;
	}

	/** Sets the value, kept inside the range when there is one. */
	public void set(double newValue) {
		value = ranged() ? Math.max(low, Math.min(high, newValue)) : newValue;
	}

	public boolean on() {
		return value >= 0.5;
	}

	/** The text of a String or DateTime signal. */
	public String text() {
		return text;
	}

	public void setText(String newText) {
		text = newText;
	}

	private static double parseNominal(Signal signal) {
		String nominal = signal.getNominalValue() == null ? "" : signal.getNominalValue().trim();
		if (signal.getDataType() == SignalDataType.BOOLEAN) {
			return nominal.equalsIgnoreCase("true") || nominal.equals("1") ? 1 : 0;
		}
		if (signal.getDataType() == SignalDataType.ENUMERATION) {
			int index = signal.getEnumLiterals().indexOf(nominal);
			return index >= 0 ? index : parseOr(nominal, 0);
		}
		double fallback = signal.getRangeLow() != null && signal.getRangeHigh() != null
				? (signal.getRangeLow() + signal.getRangeHigh()) / 2
				: 0;
		return parseOr(nominal, fallback);
	}

	private static double parseOr(String text, double fallback) {
		try {
			return text.isEmpty() ? fallback : Double.parseDouble(text.toLowerCase(Locale.ROOT));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	private static String initialText(Signal signal) {
		String nominal = signal.getNominalValue();
		if (signal.getDataType() == SignalDataType.DATE_TIME) {
			try {
				return Instant.parse(nominal).toString();
			} catch (NullPointerException | DateTimeParseException e) {
				return Instant.EPOCH.toString();
			}
		}
		return nominal == null ? "" : nominal;
	}
}
