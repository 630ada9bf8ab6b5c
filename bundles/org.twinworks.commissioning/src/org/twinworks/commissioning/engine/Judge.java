// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Step;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/** The small judgements every check makes: where a fraction of a range is, what tolerance applies, how to print. */
final class Judge {
	static final double DEFAULT_TOLERANCE = 0.01;

	private Judge() {
	}

	static double at(Signal signal, double fraction) {
		return PlantElements.isRanged(signal) ? signal.getRangeLow() + fraction * PlantView.span(signal) : fraction;
	}

	/**
	 * The check's own tolerance (a fraction of span an engineer set for this device) first, else the step's planned
	 * absolute tolerance, else ±1 % of span.
	 */
	static double tolerance(Step step, @Nullable Double checkFraction, Signal signal) {
		if (PlantElements.isBoolean(signal)) {
			return 0;
		}
		if (checkFraction != null) {
			return checkFraction * PlantView.span(signal);
		}
		return step.getTolerance() != null ? step.getTolerance() : DEFAULT_TOLERANCE * PlantView.span(signal);
	}

	static boolean inRange(Signal signal, SignalValue value) {
		Double number = PlantView.number(value);
		if (!PlantElements.isRanged(signal) || number == null) {
			return true;
		}
		return number >= signal.getRangeLow() && number <= signal.getRangeHigh();
	}

	static String show(@Nullable SignalValue value) {
		if (value == null) {
			return "no value";
		}
		Double number = PlantView.number(value);
		String shown = number == null ? String.valueOf(value.value()) : number(number);
		return value.isGood() ? shown : shown + " (" + value.status() + ")";
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}
}
