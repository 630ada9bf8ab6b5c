// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a step does, stored in the step's {@code action} as {@code code} or {@code code:fraction} (a fraction of the
 * signal's span, e.g. {@code loop-step:0.25}), so the engine that runs a record planned by another version still knows
 * each step.
 */
public enum StepAction {
	/** The binding resolves; DataType, EURange, unit and access match the model. */
	COLD("cold"),
	/** A Good value inside the range is observed. */
	GOOD_IN_RANGE("good-in-range"),
	/** The input is stimulated (in the field or by the virtual plant) and a change of a fraction of span follows. */
	STIMULATE("stimulate"),
	/** The output is written to a fraction of its range (guarded) and its feedback, or its read-back, follows. */
	WRITE("write"),
	/** The loop's output is stepped to a fraction of its range in manual; feedback and measurement recorded. */
	LOOP_STEP("loop-step"),
	/** The measurement moved the way the loop's action (direct or reverse) says. */
	LOOP_ACTION("loop-action"),
	/** The value crosses the alarm limit and the alarm is raised at it. */
	ALARM_RAISE("alarm-raise"),
	/** The value goes back past the hysteresis and the alarm clears. */
	ALARM_CLEAR("alarm-clear"),
	/** The interlock's condition is made true and its trip acts within the trip time. */
	INTERLOCK_TRIP("interlock-trip"),
	/** The condition clears and the tripped equipment can be restarted. */
	INTERLOCK_RESET("interlock-reset"),
	/** Below the range (NAMUR NE 43 under-range) the value shows as bad or out of range. */
	RANGE_LOW("range-low"),
	/** Above the range the value shows as bad or out of range. */
	RANGE_HIGH("range-high");

	private final String code;

	StepAction(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String with(double fraction) {
		return code + ":" + String.format(Locale.ROOT, "%.2f", fraction);
	}

	/** The action of a stored {@code action} text, or null for one this version does not know. */
	public static @Nullable StepAction of(@Nullable String action) {
		if (action == null) {
			return null;
		}
		int colon = action.indexOf(':');
		String code = colon < 0 ? action : action.substring(0, colon);
		for (StepAction candidate : values()) {
			if (candidate.code.equals(code)) {
				return candidate;
			}
		}
		return null;
	}

	/** The fraction of a {@code code:fraction} action, or {@code fallback}. */
	public static double fractionOf(String action, double fallback) {
		int colon = action.indexOf(':');
		if (colon < 0) {
			return fallback;
		}
		try {
			return Double.parseDouble(action.substring(colon + 1));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
