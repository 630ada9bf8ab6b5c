// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;

/**
 * The simulation of a plant's served signals: their state and the behaviours that move it, planned from the
 * model by {@link DynamicsPlanner}. Stepping is deterministic: one seed, one model and one sequence of writes
 * give the same values. Not thread-safe: one thread steps it.
 */
public final class PlantDynamics {
	private final Map<String, SimulatedSignal> byTag;
	private final List<Behaviour> behaviours;
	private final Map<String, SimulatedInterlock> interlocks;
	private final BlockedEquipment blocked;

	private PlantDynamics(Map<String, SimulatedSignal> byTag, List<Behaviour> behaviours,
			Map<String, SimulatedInterlock> interlocks, BlockedEquipment blocked) {
		this.byTag = byTag;
		this.behaviours = behaviours;
		this.interlocks = interlocks;
		this.blocked = blocked;
	}

	/** Simulates {@code signals} (those the server serves) of {@code plant}. */
	public static PlantDynamics of(Plant plant, Collection<Signal> signals, long seed) {
		Map<Signal, SimulatedSignal> states = new LinkedHashMap<>();
		signals.forEach(s -> states.putIfAbsent(s, new SimulatedSignal(s)));
		Map<String, SimulatedSignal> byTag = new LinkedHashMap<>();
		states.values().forEach(s -> byTag.putIfAbsent(s.tag(), s));
		BlockedEquipment blocked = new BlockedEquipment();
		DynamicsPlanner planner = new DynamicsPlanner(plant, states, new Noise(seed), blocked);
		List<SimulatedInterlock> interlocks = planner.interlocks();
		Map<String, SimulatedInterlock> interlocksByTag = new LinkedHashMap<>();
		interlocks.forEach(i -> interlocksByTag.putIfAbsent(i.tag(), i));
		return new PlantDynamics(Collections.unmodifiableMap(byTag), List.copyOf(planner.plan(interlocks)),
				Collections.unmodifiableMap(interlocksByTag), blocked);
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

	/**
	 * Closes (or opens again) the equipment that owns the signal of that tag for the mass balance, whatever its
	 * signals say: a valve secretly closed. False when the signal is not simulated or has no equipment.
	 */
	public boolean block(String signalTag, boolean closed) {
		SimulatedSignal signal = byTag.get(signalTag);
		Equipment owner = signal == null ? null : ModelPaths.owningEquipment(signal.signal());
		if (owner != null) {
			blocked.block(owner, closed);
		}
		return owner != null;
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
