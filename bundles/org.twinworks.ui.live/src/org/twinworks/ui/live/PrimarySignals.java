// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;

/**
 * The one signal a diagram node speaks for: a pump's running feedback, an instrument's measurement, a valve's
 * position. Chosen by the suffix conventions of the tags (ISA-style), then the first bound input.
 */
public final class PrimarySignals {
	/** In order of preference: what an operator looks at first on each kind of equipment. */
	private static final List<String> SUFFIXES = List.of("RUN", "PV", "POS", "ZSO", "LVL", "SPD", "X");
	public static final String RUNNING = "RUN";

	private PrimarySignals() {
	}

	/** The equipment's primary signal among those {@code isBound} accepts, or null when none is bound. */
	public static Signal of(Equipment equipment, Predicate<Signal> isBound) {
		List<Signal> bound = equipment.getSignals().stream().filter(isBound).toList();
		for (String suffix : SUFFIXES) {
			for (Signal signal : bound) {
				if (suffix(signal).equals(suffix)) {
					return signal;
				}
			}
		}
		return bound.stream().filter(s -> s.getDirection() == SignalDirection.INPUT).findFirst()
				.orElse(bound.isEmpty() ? null : bound.get(0));
	}

	/** A running feedback: its boolean says whether the equipment runs. */
	public static boolean isRunningFeedback(Signal signal) {
		return RUNNING.equals(suffix(signal));
	}

	static String suffix(Signal signal) {
		String tag = signal.getTag() == null ? "" : signal.getTag();
		int dot = tag.lastIndexOf('.');
		return dot < 0 ? tag : tag.substring(dot + 1);
	}

	/** The signals with an active binding on an endpoint, to pass to {@link #of}. */
	public static Set<Signal> bound(Plant plant) {
		Set<Signal> bound = new HashSet<>();
		if (plant != null && plant.getTwin() != null) {
			for (Binding binding : plant.getTwin().getBindings()) {
				if (binding.isActive() && binding.getEndpoint() != null && binding.getSignal() != null) {
					bound.add(binding.getSignal());
				}
			}
		}
		return bound;
	}
}
