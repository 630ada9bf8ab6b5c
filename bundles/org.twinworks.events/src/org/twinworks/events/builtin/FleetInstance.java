// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.List;

import org.twinworks.model.Equipment;

/**
 * One instance of a fleet for one signal, as a Fleet view shows it: its recent values (oldest first), its robust
 * z-score among its peers in the same conditions at the last comparison (NaN when it had too few peers or no
 * fresh value) and whether it is an outlier.
 */
public record FleetInstance(Equipment equipment, List<Double> recent, double z, boolean outlier) {

	public FleetInstance {
		recent = List.copyOf(recent);
	}
}
