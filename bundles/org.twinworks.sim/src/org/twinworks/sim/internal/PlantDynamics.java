// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The simulation of a plant's served signals: their state and the behaviours that move it, planned from the
 * model by {@link DynamicsPlanner}. Stepping is deterministic: one seed, one model and one sequence of writes
 * give the same values. Not thread-safe: one thread steps it.
 */
public final class PlantDynamics {
	private final Map<String, SimulatedSignal> byTag;
	private final List<Behaviour> behaviours;

	private PlantDynamics(Map<String, SimulatedSignal> byTag, List<Behaviour> behaviours) {
		this.byTag = byTag;
		this.behaviours = behaviours;
	}

	/** Simulates {@code signals} (those the server serves) of {@code plant}. */
	public static PlantDynamics of(Plant plant, Collection<Signal> signals, long seed) {
		Map<Signal, SimulatedSignal> states = new LinkedHashMap<>();
		signals.forEach(s -> states.putIfAbsent(s, new SimulatedSignal(s)));
		Map<String, SimulatedSignal> byTag = new LinkedHashMap<>();
		states.values().forEach(s -> byTag.putIfAbsent(s.tag(), s));
		List<Behaviour> behaviours = new DynamicsPlanner(plant, states, new Noise(seed)).plan();
		return new PlantDynamics(Collections.unmodifiableMap(byTag), List.copyOf(behaviours));
	}

	public void step(double dt) {
		for (Behaviour behaviour : behaviours) {
			behaviour.step(dt);
		}
	}

	/** The signal of that tag, or null when it is not simulated. */
	public SimulatedSignal signal(String tag) {
		return byTag.get(tag);
	}

	public Collection<SimulatedSignal> signals() {
		return byTag.values();
	}
}
