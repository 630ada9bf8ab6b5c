// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.dynamics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Connection;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.Signal;

/**
 * Which pumps fill and which empty a tank, found by following the plant's pipes through valves, filters and
 * other passive equipment, and the tank's net flow from the pumps that run, weighted by their speed. Equipment
 * that does not pass (a closed valve) cuts the paths through it: the virtual plant's blocked valves, the shadow's
 * valves that read closed. Used by the virtual plant and by the events' shadow, so both run one mass balance.
 */
public final class PumpFlows {
	/** A tank with one more full-speed pump filling it than emptying it rises by this share of its span per second. */
	public static final double SPAN_PER_SECOND_AT_FULL_FLOW = 0.002;

	private final PipeNetwork pipes;
	private final Function<Equipment, BooleanSupplier> running;
	private final ToDoubleFunction<Equipment> speedFraction;
	private final Predicate<Equipment> passes;
	private final LongSupplier passesVersion;

	/** Every piece of equipment passes. */
	public PumpFlows(Plant plant, Function<Equipment, BooleanSupplier> running,
			ToDoubleFunction<Equipment> speedFraction) {
		this(plant, running, speedFraction, e -> true, () -> 0);
	}

	/**
	 * @param passes        whether flow goes through a piece of passive equipment now
	 * @param passesVersion changes whenever {@code passes} may answer differently, so paths are found again
	 */
	public PumpFlows(Plant plant, Function<Equipment, BooleanSupplier> running,
			ToDoubleFunction<Equipment> speedFraction, Predicate<Equipment> passes, LongSupplier passesVersion) {
		this(PipeNetwork.of(plant), running, speedFraction, passes, passesVersion);
	}

	/** On pipes already indexed, shared by the flows of many tanks. */
	public PumpFlows(PipeNetwork pipes, Function<Equipment, BooleanSupplier> running,
			ToDoubleFunction<Equipment> speedFraction, Predicate<Equipment> passes, LongSupplier passesVersion) {
		this.pipes = pipes;
		this.running = running;
		this.speedFraction = speedFraction;
		this.passes = passes;
		this.passesVersion = passesVersion;
	}

	/** Whether a signal measures a level, as the virtual plant decides: "level" in its name, or metres. */
	public static boolean isLevel(Signal signal) {
		String name = signal.getName() == null ? "" : signal.getName().toLowerCase(Locale.ROOT);
		return name.contains("level") || signal.getUnit() != null && "MTR".equals(signal.getUnit().getCode());
	}

	/** The tank an equipment measures: itself if it is a tank, else the only tank beside it; null otherwise. */
	public @Nullable Equipment tankOf(@Nullable Equipment equipment) {
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
	public DoubleSupplier netFlow(Equipment tank) {
		return new DoubleSupplier() {
			private long version = Long.MIN_VALUE;
			private List<Equipment> filling = List.of();
			private List<Equipment> emptying = List.of();
			private List<BooleanSupplier> fillingRuns = List.of();
			private List<BooleanSupplier> emptyingRuns = List.of();

			@Override
			public double getAsDouble() {
				long now = passesVersion.getAsLong();
				if (now != version) {
					version = now;
					filling = pumps(tank, true);
					emptying = pumps(tank, false);
					fillingRuns = filling.stream().map(running).toList();
					emptyingRuns = emptying.stream().map(running).toList();
				}
				return flow(filling, fillingRuns) - flow(emptying, emptyingRuns);
			}
		};
	}

	/** The pumps that fill ({@code upstream}) or empty the tank through equipment that passes now. */
	public List<Equipment> pumps(Equipment tank, boolean upstream) {
		List<Equipment> found = new ArrayList<>();
		Set<Equipment> visited = new HashSet<>(Set.of(tank));
		List<Equipment> frontier = new ArrayList<>(List.of(tank));
		while (!frontier.isEmpty()) {
			Equipment current = frontier.remove(0);
			for (Connection pipe : upstream ? pipes.into(current) : pipes.outOf(current)) {
				Port far = upstream ? pipe.getSource() : pipe.getTarget();
				Equipment next = far.getEquipment();
				if (!visited.add(next)) {
					continue;
				}
				if (next.getKind() == EquipmentKind.PUMP) {
					found.add(next);
				} else if (next.getKind() != EquipmentKind.TANK && passes.test(next)) {
					frontier.add(next);
				}
			}
		}
		return found;
	}

	private double flow(List<Equipment> pumps, List<BooleanSupplier> runs) {
		double sum = 0;
		for (int i = 0; i < pumps.size(); i++) {
			sum += runs.get(i).getAsBoolean() ? speedFraction.applyAsDouble(pumps.get(i)) : 0;
		}
		return sum;
	}
}
