// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.twinworks.model.EquipmentType;

/**
 * The fleet comparisons' latest results, per equipment type and signal name (the type's signal template tag, e.g.
 * CUR): each instance's recent values and outlier flag. Written on the engine's thread, read from any thread.
 */
public final class FleetStatistics {
	private record Key(EquipmentType type, String signal) {
	}

	private final Map<Key, List<FleetInstance>> results = new ConcurrentHashMap<>();

	/** The instances of {@code type} for {@code signal}, empty before the first comparison. */
	public List<FleetInstance> instances(EquipmentType type, String signal) {
		return results.getOrDefault(new Key(type, signal), List.of());
	}

	void record(EquipmentType type, String signal, List<FleetInstance> instances) {
		results.put(new Key(type, signal), List.copyOf(instances));
	}
}
