// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/** How live values read on screen: number and unit, enumeration literals, short ages. */
public final class LiveText {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
			.withZone(ZoneId.systemDefault());

	private LiveText() {
	}

	/** "4.52 bar", "true", "Backwashing"; empty for no value. */
	public static String value(Signal signal, SignalValue value) {
		if (value == null || value.value() == null) {
			return "";
		}
		Object v = value.value();
		String text;
		if (signal.getDataType() == SignalDataType.ENUMERATION && v instanceof Number n && n.intValue() >= 0
				&& n.intValue() < signal.getEnumLiterals().size()) {
			text = signal.getEnumLiterals().get(n.intValue());
		} else if (v instanceof Double || v instanceof Float) {
			text = number(((Number) v).doubleValue());
		} else {
			text = String.valueOf(v);
		}
		String unit = signal.getUnit() == null ? null : signal.getUnit().getSymbol();
		return unit == null || unit.isBlank() ? text : text + " " + unit;
	}

	/** Three significant digits at most, no exponent for plant-sized numbers. */
	public static String number(double v) {
		double magnitude = Math.abs(v);
		String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
		return String.format(Locale.ROOT, pattern, v);
	}

	public static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	/** "0.4 s", "12 s", "3 min", "2 h". */
	public static String age(Instant since, Instant now) {
		if (since == null) {
			return "";
		}
		Duration age = Duration.between(since, now);
		long millis = Math.max(0, age.toMillis());
		if (millis < 10_000) {
			return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
		}
		if (millis < 120_000) {
			return millis / 1000 + " s";
		}
		if (millis < 7_200_000) {
			return millis / 60_000 + " min";
		}
		return millis / 3_600_000 + " h";
	}
}
