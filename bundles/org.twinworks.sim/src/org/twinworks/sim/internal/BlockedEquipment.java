// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.twinworks.model.Equipment;

/**
 * Valves secretly closed by a {@link org.twinworks.sim.Fault.Blocked} fault: clients' threads block and free them,
 * the tick reads them; the version tells the mass balance to find its paths again.
 */
final class BlockedEquipment {
	private final Set<Equipment> blocked = ConcurrentHashMap.newKeySet();
	private final AtomicLong version = new AtomicLong();

	void block(Equipment equipment, boolean closed) {
		boolean changed = closed ? blocked.add(equipment) : blocked.remove(equipment);
		if (changed) {
			version.incrementAndGet();
		}
	}

	boolean passes(Equipment equipment) {
		return !blocked.contains(equipment);
	}

	long version() {
		return version.get();
	}
}
