// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Property;
import org.twinworks.model.rules.ModelPaths;

/**
 * A time an equipment states for itself among its free properties (manufacturer data such as a valve's stroke time),
 * its own property first, else its type's: a number with its unit (s when none; ms, min, h).
 */
final class EquipmentTimes {

	private EquipmentTimes() {
	}

	/**
	 * @throws IllegalArgumentException naming the equipment, the property and its value when it is no time
	 */
	static Optional<Duration> of(Equipment equipment, String key) {
		Property property = find(equipment, key);
		if (property == null) {
			return Optional.empty();
		}
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
			amount = Double.NaN;
		}
		if (Double.isNaN(millisPerUnit) || !(amount > 0) || Double.isInfinite(amount)) {
			throw new IllegalArgumentException(ModelPaths.describe(equipment) + ": its property " + key + " '" + value
					+ "' " + (property.getUnit() == null ? "" : property.getUnit() + " ")
					+ "is no time: give a positive number with the unit s, ms, min or h");
		}
		return Optional.of(Duration.ofMillis(Math.round(amount * millisPerUnit)));
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
