// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The interlocks a check can trip by accident: those watching a signal the check moves (an input it stimulates, an
 * alarm it walks across its limit, a loop's measurement it moves by stepping the output). An engineer bypasses them
 * with a permit for the time of the check; the interlock's own check never does.
 */
final class InterlocksAround {

	private InterlocksAround() {
	}

	/**
	 * The signals a check of this subject moves: the signal itself, an alarm's signal, a loop's measurement, and the
	 * measurement of the loop whose output a signal is. None for an interlock's check.
	 */
	static List<Signal> drivenBy(Plant plant, EObject subject) {
		List<Signal> driven = new ArrayList<>();
		if (subject instanceof Signal signal) {
			driven.add(signal);
			for (ControlLoop loop : plant.getControlLoops()) {
				if (loop.getOutput() == signal && loop.getMeasuredValue() != null) {
					driven.add(loop.getMeasuredValue());
				}
			}
		} else if (subject instanceof AlarmLimit limit && limit.eContainer() instanceof Signal signal) {
			driven.add(signal);
		} else if (subject instanceof ControlLoop loop && loop.getMeasuredValue() != null) {
			driven.add(loop.getMeasuredValue());
		}
		return driven;
	}

	/** The interlocks watching any of the signals a check of {@code subject} moves. */
	static List<Interlock> watching(Plant plant, EObject subject) {
		List<Signal> driven = drivenBy(plant, subject);
		List<Interlock> found = new ArrayList<>();
		for (Interlock interlock : plant.getInterlocks()) {
			for (InterlockCondition condition : interlock.getConditions()) {
				if (driven.contains(condition.getSignal())) {
					found.add(interlock);
					break;
				}
			}
		}
		return found;
	}
}
