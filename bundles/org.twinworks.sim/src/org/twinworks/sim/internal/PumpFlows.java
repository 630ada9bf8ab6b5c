// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;

/**
 * Which pumps fill and which empty a tank, found by following the plant's pipes through valves, filters and
 * other passive equipment, and the tank's net flow from the pumps that run, weighted by their speed.
 */
final class PumpFlows {
	/** A tank with one more full-speed pump filling it than emptying it rises by this share of its span per second. */
	static final double SPAN_PER_SECOND_AT_FULL_FLOW = 0.002;

	private final List<Connection> pipes = new ArrayList<>();
	private final Function<Equipment, BooleanSupplier> running;
	private final ToDoubleFunction<Equipment> speedFraction;

	PumpFlows(Plant plant, Function<Equipment, BooleanSupplier> running, ToDoubleFunction<Equipment> speedFraction) {
		this.running = running;
		this.speedFraction = speedFraction;
		for (Connection c : plant.getConnections()) {
			if (c.getKind() == ConnectionKind.PIPE && c.getSource() != null && c.getTarget() != null) {
				pipes.add(c);
			}
		}
	}

	/** The tank an equipment measures: itself if it is a tank, else the only tank beside it; null otherwise. */
	Equipment tankOf(Equipment equipment) {
		if (equipment == null || equipment.getKind() == EquipmentKind.TANK) {
			return equipment;
		}
		EObject holder = equipment.eContainer();
		if (!(holder instanceof EquipmentHolder siblings)) {
			return null;
		}
		List<Equipment> tanks = siblings.getEquipment().stream().filter(e -> e.getKind() == EquipmentKind.TANK)
				.toList();
		return tanks.size() == 1 ? tanks.get(0) : null;
	}

	/** Filling minus emptying pumps, each counted as its running speed fraction. */
	DoubleSupplier netFlow(Equipment tank) {
		List<Equipment> filling = pumps(tank, true);
		List<Equipment> emptying = pumps(tank, false);
		List<BooleanSupplier> fillingRuns = filling.stream().map(running).toList();
		List<BooleanSupplier> emptyingRuns = emptying.stream().map(running).toList();
		return () -> flow(filling, fillingRuns) - flow(emptying, emptyingRuns);
	}

	private double flow(List<Equipment> pumps, List<BooleanSupplier> runs) {
		double sum = 0;
		for (int i = 0; i < pumps.size(); i++) {
			sum += runs.get(i).getAsBoolean() ? speedFraction.applyAsDouble(pumps.get(i)) : 0;
		}
		return sum;
	}

	private List<Equipment> pumps(Equipment tank, boolean upstream) {
		List<Equipment> found = new ArrayList<>();
		Set<Equipment> visited = new HashSet<>(Set.of(tank));
		List<Equipment> frontier = new ArrayList<>(List.of(tank));
		while (!frontier.isEmpty()) {
			Equipment current = frontier.remove(0);
			for (Connection pipe : pipes) {
				Port near = upstream ? pipe.getTarget() : pipe.getSource();
				Port far = upstream ? pipe.getSource() : pipe.getTarget();
				Equipment next = far.getEquipment();
				if (near.getEquipment() != current || next == null || !visited.add(next)) {
					continue;
				}
				if (next.getKind() == EquipmentKind.PUMP) {
					found.add(next);
				} else if (next.getKind() != EquipmentKind.TANK) {
					frontier.add(next);
				}
			}
		}
		return found;
	}
}
