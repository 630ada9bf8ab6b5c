// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Property;

/**
 * An equipment's properties with its type's beneath them (the equipment's value wins), looked up by a key normalized
 * to lower case without spaces, underscores or hyphens ("Serial number", "serial_number" and "SerialNumber" are one
 * key). The nameplate takes the properties it maps; the technical data lists the rest.
 */
final class EquipmentProperties {
	private final Map<String, Property> byKey = new LinkedHashMap<>();
	private final Map<String, Boolean> taken = new LinkedHashMap<>();

	EquipmentProperties(Equipment equipment) {
		if (equipment.getType() != null) {
			equipment.getType().getProperties().forEach(this::put);
		}
		equipment.getProperties().forEach(this::put);
	}

	private void put(Property property) {
		if (property.getKey() != null && !property.getKey().isBlank()) {
			byKey.put(normalize(property.getKey()), property);
		}
	}

	static String normalize(String key) {
		return key.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

	/** The value of the first of {@code keys} present (marked as taken), or null. */
	@Nullable
	String take(String... keys) {
		for (String key : keys) {
			Property property = byKey.get(normalize(key));
			if (property != null) {
				taken.put(normalize(key), Boolean.TRUE);
				return property.getValue();
			}
		}
		return null;
	}

	/** The value of the first of {@code keys} present, without taking it. */
	@Nullable
	String peek(String... keys) {
		for (String key : keys) {
			Property property = byKey.get(normalize(key));
			if (property != null) {
				return property.getValue();
			}
		}
		return null;
	}

	/** The properties no nameplate element took, in order. */
	List<Property> rest() {
		List<Property> rest = new ArrayList<>();
		byKey.forEach((key, property) -> {
			if (!taken.containsKey(key)) {
				rest.add(property);
			}
		});
		return rest;
	}
}
