// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.fleet;

import java.util.List;

import org.twinworks.model.Equipment;

/**
 * What one tile of the Fleet view shows: an instance's recent values (oldest first), its robust z among its peers
 * (NaN when not scored: too few comparable instances or no fresh value) and whether it is an outlier.
 */
public record FleetTileState(Equipment equipment, List<Double> recent, double z, boolean outlier) {

	public FleetTileState {
		recent = List.copyOf(recent);
	}
}
