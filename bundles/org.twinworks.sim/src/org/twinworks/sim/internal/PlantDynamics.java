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
	private final Map<String, SimulatedInterlock> interlocks;

	private PlantDynamics(Map<String, SimulatedSignal> byTag, List<Behaviour> behaviours,
			Map<String, SimulatedInterlock> interlocks) {
		this.byTag = byTag;
		this.behaviours = behaviours;
		this.interlocks = interlocks;
	}

	/** Simulates {@code signals} (those the server serves) of {@code plant}. */
	public static PlantDynamics of(Plant plant, Collection<Signal> signals, long seed) {
		Map<Signal, SimulatedSignal> states = new LinkedHashMap<>();
		signals.forEach(s -> states.putIfAbsent(s, new SimulatedSignal(s)));
		Map<String, SimulatedSignal> byTag = new LinkedHashMap<>();
		states.values().forEach(s -> byTag.putIfAbsent(s.tag(), s));
		DynamicsPlanner planner = new DynamicsPlanner(plant, states, new Noise(seed));
		List<SimulatedInterlock> interlocks = planner.interlocks();
		Map<String, SimulatedInterlock> interlocksByTag = new LinkedHashMap<>();
		interlocks.forEach(i -> interlocksByTag.putIfAbsent(i.tag(), i));
		return new PlantDynamics(Collections.unmodifiableMap(byTag), List.copyOf(planner.plan(interlocks)),
				Collections.unmodifiableMap(interlocksByTag));
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

	/** Makes the interlock's trip act or not; false when the model has no interlock with that tag. */
	public boolean failTrip(String interlockTag, boolean fails) {
		SimulatedInterlock interlock = interlocks.get(interlockTag);
		if (interlock != null) {
			interlock.setFails(fails);
		}
		return interlock != null;
	}

	/** Whether the interlock's condition held at the last step; false for an unknown tag. */
	public boolean tripped(String interlockTag) {
		SimulatedInterlock interlock = interlocks.get(interlockTag);
		return interlock != null && interlock.active();
	}

	public Collection<SimulatedSignal> signals() {
		return byTag.values();
	}
}
