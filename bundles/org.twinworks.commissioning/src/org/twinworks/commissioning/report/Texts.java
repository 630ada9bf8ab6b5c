// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.math.BigDecimal;
import java.math.MathContext;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;

/** The words and numbers every format prints the same way, so HTML, PDF and CSV never disagree. */
final class Texts {
	static final String NO_AREA = "(no area)";
	private static final MathContext SIGNIFICANT = new MathContext(6);

	private Texts() {
	}

	static String of(@Nullable String text) {
		return text == null ? "" : text;
	}

	static String of(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	static String area(Check check) {
		String area = check.getArea();
		return area == null || area.isBlank() ? NO_AREA : area;
	}

	static String kind(@Nullable CheckKind kind) {
		if (kind == null) {
			return "";
		}
		return switch (kind) {
		case IO -> "I/O";
		case LOOP -> "loop";
		case ALARM -> "alarm";
		case INTERLOCK -> "interlock";
		case RANGE -> "out of range";
		};
	}

	static String state(@Nullable CheckState state) {
		return state == null ? "" : state.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	/** The state with its reason, as a sheet prints it: "skipped: no access to the field". */
	static String stateWithReason(Check check) {
		String state = state(check.getState());
		String reason = check.getReason();
		return reason == null || reason.isBlank() ? state : state + ": " + reason;
	}

	static String phase(@Nullable Phase phase) {
		if (phase == null) {
			return "";
		}
		return switch (phase) {
		case COLD -> "cold";
		case HOT -> "hot";
		case AS_FOUND -> "as found";
		case AS_LEFT -> "as left";
		};
	}

	static String verdict(@Nullable Verdict verdict) {
		return verdict == null ? "" : verdict.getName().toLowerCase(java.util.Locale.ROOT);
	}

	/** A check's tolerance is a fraction of span; unset means the campaign's default for its kind. */
	static String checkTolerance(Check check) {
		Double tolerance = check.getTolerance();
		return tolerance == null ? "campaign default" : "\u00b1" + number(tolerance * 100) + " % of span";
	}

	/** A step's tolerance is absolute, in the observed signal's unit. */
	static String tolerance(Step step) {
		Double tolerance = step.getTolerance();
		return tolerance == null ? "" : "\u00b1" + number(tolerance) + unitSuffix(step);
	}

	static String toleranceNumber(Step step) {
		Double tolerance = step.getTolerance();
		return tolerance == null ? "" : number(tolerance);
	}

	static String observed(Step step) {
		String observed = step.getObserved();
		return observed == null || observed.isEmpty() ? "" : observed + unitSuffix(step);
	}

	private static String unitSuffix(Step step) {
		String unit = step.getUnit();
		return unit == null || unit.isEmpty() ? "" : " " + unit;
	}

	/** Six significant digits, no exponent, no trailing zeros: 0.1 stays 0.1, 1/3 prints 0.333333. */
	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		String plain = Double.toString(value);
		if (plain.length() <= 8 && plain.indexOf('E') < 0) {
			return plain; // short already (0.5, -12.75): no rounding needed
		}
		return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
	}

	/** Title line of a sheet: "FT-101.PV  Intake flow". */
	static String heading(Check check) {
		String tag = of(check.getTag());
		String title = of(check.getTitle());
		if (tag.isEmpty()) {
			return title.isEmpty() ? of(check.getId()) : title;
		}
		return title.isEmpty() ? tag : tag + "  " + title;
	}

	static String join(java.util.List<?> values) {
		StringBuilder text = new StringBuilder();
		for (Object value : values) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(value);
		}
		return text.toString();
	}
}
