// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/** Finds an equipment's signal by the suffix of its tag (CMD, RUN, POS...). */
final class PlantElementsAccess {

	private PlantElementsAccess() {
	}

	static @Nullable Signal sibling(Equipment equipment, String suffix) {
		for (Signal signal : equipment.getSignals()) {
			String tag = signal.getTag();
			if (tag != null && tag.substring(tag.lastIndexOf('.') + 1).equals(suffix)) {
				return signal;
			}
		}
		return null;
	}
}
