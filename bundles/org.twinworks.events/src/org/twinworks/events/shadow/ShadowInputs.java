// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Signal;

/** The latest live value of each signal a shadow is fed with; NaN until one arrives or while it is bad. */
final class ShadowInputs {
	private final Map<Signal, Double> values = new HashMap<>();

	void put(Signal signal, double value) {
		values.put(signal, value);
	}

	double value(@Nullable Signal signal) {
		Double value = signal == null ? null : values.get(signal);
		return value == null ? Double.NaN : value;
	}

	/** A boolean's live state, {@code otherwise} while it is unknown. */
	boolean on(@Nullable Signal signal, boolean otherwise) {
		double value = value(signal);
		return Double.isNaN(value) ? otherwise : value >= 0.5;
	}
}
