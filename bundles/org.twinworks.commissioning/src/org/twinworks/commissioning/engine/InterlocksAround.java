// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The interlocks a check can trip by accident: those watching a signal the check drives (an input it stimulates, an
 * alarm it walks across its limit, a loop's measurement it moves). An engineer bypasses them with a permit for the
 * time of the check; the interlock's own check never does.
 */
final class InterlocksAround {

	private InterlocksAround() {
	}

	/** The signal a check of this subject drives, or null when it drives none (an interlock's check). */
	static @Nullable Signal drivenBy(EObject subject) {
		return switch (subject) {
		case Signal signal -> signal;
		case AlarmLimit limit -> limit.eContainer() instanceof Signal signal ? signal : null;
		case ControlLoop loop -> loop.getMeasuredValue();
		default -> null;
		};
	}

	static List<Interlock> watching(Plant plant, @Nullable Signal signal) {
		List<Interlock> found = new ArrayList<>();
		if (signal == null) {
			return found;
		}
		for (Interlock interlock : plant.getInterlocks()) {
			for (InterlockCondition condition : interlock.getConditions()) {
				if (condition.getSignal() == signal) {
					found.add(interlock);
					break;
				}
			}
		}
		return found;
	}
}
