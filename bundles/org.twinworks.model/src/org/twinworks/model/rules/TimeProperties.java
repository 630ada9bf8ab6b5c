// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Property;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.util.TwinValidator;

/**
 * The free properties the product reads as times (manufacturer data such as a valve's stroke time): a number with its
 * unit, s when none, else ms, min or h. An equipment's own property counts first, else its type's. The event
 * deductions use them; validation flags one that is no time, so a typo shows in Problems, not only when events run.
 */
public final class TimeProperties {
	/** How long a feedback may take to follow its command (the feedback-follows-command deduction). */
	public static final String FEEDBACK_TIME = "Feedback time";
	/** How long the tripped equipment may take to show an interlock's trip action. */
	public static final String TRIP_TIME = "Trip time";

	private static final Set<String> KEYS = Set.of(FEEDBACK_TIME.toLowerCase(Locale.ROOT),
			TRIP_TIME.toLowerCase(Locale.ROOT));

	private TimeProperties() {
	}

	/** The time {@code equipment} (or else its type) states under {@code key}, if it states one. */
	public static Optional<Duration> of(Equipment equipment, String key) {
		Property property = find(equipment, key);
		if (property == null) {
			return Optional.empty();
		}
		Duration time = parse(property);
		if (time == null) {
			throw new IllegalArgumentException(ModelPaths.describe(equipment) + ": " + problem(property)
					+ ": give a positive number with the unit s, ms, min or h");
		}
		return Optional.of(time);
	}

	/** Flags a well-known time property whose value is no positive time in a known unit. */
	public static boolean validTime(Property property, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		if (property.getKey() == null || !KEYS.contains(property.getKey().strip().toLowerCase(Locale.ROOT))
				|| parse(property) != null) {
			return true;
		}
		return Problems.error(diagnostics, TwinValidator.PROPERTY__VALID_TIME, property,
				TwinPackage.Literals.PROPERTY__VALUE, problem(property) + ".",
				"Give a positive number with the unit s, ms, min or h (s when the unit is empty).");
	}

	private static String problem(Property property) {
		return "its property " + property.getKey() + " '" + (property.getValue() == null ? "" : property.getValue())
				+ "'" + (property.getUnit() == null ? "" : " " + property.getUnit()) + " is no time";
	}

	private static @Nullable Duration parse(Property property) {
		String value = property.getValue() == null ? "" : property.getValue().strip();
		String unit = property.getUnit() == null ? "s" : property.getUnit().strip().toLowerCase(Locale.ROOT);
		double millisPerUnit = switch (unit) {
		case "", "s" -> 1_000;
		case "ms" -> 1;
		case "min" -> 60_000;
		case "h" -> 3_600_000;
		default -> Double.NaN;
		};
		double amount;
		try {
			amount = Double.parseDouble(value);
		} catch (NumberFormatException e) {
			return null;
		}
		double millis = amount * millisPerUnit;
		if (Double.isNaN(millis) || !(millis >= 1) || millis > Long.MAX_VALUE / 2.0) {
			return null;
		}
		return Duration.ofMillis(Math.round(millis));
	}

	private static @Nullable Property find(Equipment equipment, String key) {
		for (Property property : equipment.getProperties()) {
			if (key.equalsIgnoreCase(property.getKey())) {
				return property;
			}
		}
		if (equipment.getType() != null) {
			for (Property property : equipment.getType().getProperties()) {
				if (key.equalsIgnoreCase(property.getKey())) {
					return property;
				}
			}
		}
		return null;
	}
}
