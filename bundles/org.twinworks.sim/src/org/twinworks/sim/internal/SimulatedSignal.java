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
	private volatile double value;
	private String text;
	// set by clients' threads (stimulation), read by the tick: one volatile reference, never half-written
	private volatile Double forced;

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

	/** The true value: the forced one while forced (even beyond the range), else the simulated one. */
	public double value() {
		Double held = forced;
		return held != null ? held : value;
	}

	/** Sets the value, kept inside the range when there is one; ignored while the signal is forced. */
	public void set(double newValue) {
		if (forced == null) {
			value = ranged() ? Math.max(low, Math.min(high, newValue)) : newValue;
		}
	}

	/**
	 * Holds the true value at {@code held}, as a calibrator on the loop would: behaviours and client writes no
	 * longer move it, and it is not clamped to the range (a NAMUR NE 43 out-of-range input).
	 */
	public void force(double held) {
		forced = held;
	}

	/**
	 * Lets the simulation move the value again. As when the calibrator is taken off, the value is the simulated one
	 * again, which stood still while forced (so a loop's mode forced to Manual is back in its own mode).
	 */
	public void release() {
		forced = null;
	}

	public boolean forced() {
		return forced != null;
	}

	/** Whether the true value lies below (-1) or above (+1) the range, else 0; always 0 without a range. */
	public int outsideRange() {
		double v = value();
		return !ranged() ? 0 : v < low ? -1 : v > high ? 1 : 0;
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
