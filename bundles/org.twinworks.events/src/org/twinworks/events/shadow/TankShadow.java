// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Connection;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.sim.dynamics.FirstOrderLag;
import org.twinworks.sim.dynamics.PipeNetwork;
import org.twinworks.sim.dynamics.PumpFlows;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * A tank level against its mass balance, with the virtual plant's own {@link PumpFlows}: the pumps that fill and
 * empty the tank along the plant's pipes, counted by their live running feedback and speed, through valves whose
 * live open switch (ZSO) or position (POS) says they pass. The level's own settling (on a loop's setpoint, or back
 * to its nominal value) is driven by the actual level, so what builds up in the shadow is only the flow the
 * balance expects and the plant does not show: a valve closed behind its signals, a pump that runs dry.
 */
final class TankShadow implements ShadowModel {
	/** A valve passes while its position is above this share of its span. */
	private static final double OPEN_FRACTION = 0.01;

	private final Signal level;
	private final Equipment tank;
	private final @Nullable LoopResponse loop;
	private final ShadowInputs live;
	private final Set<Signal> inputs = new LinkedHashSet<>();
	private final List<Equipment> valves = new ArrayList<>();
	/** Each valve's open switch and position (either may be null), found once: a step only reads their values. */
	private final List<@Nullable Signal> valveOpen = new ArrayList<>();
	private final List<@Nullable Signal> valvePosition = new ArrayList<>();
	/** Each pump's speed feedback, found on the first step that asks (empty: none). */
	private final Map<Equipment, Optional<Signal>> speeds = new IdentityHashMap<>();
	private final DoubleSupplier netFlow;
	private final @Nullable Signal ownRun;
	private boolean[] passing = new boolean[0];
	private long passesVersion;

	/**
	 * @param live the detector's live values, which {@link PumpFlows} reads through its suppliers
	 */
	TankShadow(PipeNetwork pipes, Signal level, Equipment tank, @Nullable LoopResponse loop, ShadowInputs live) {
		this.level = level;
		this.tank = tank;
		this.loop = loop;
		this.live = live;
		PumpFlows flows = new PumpFlows(pipes, this::running, this::speedFraction, this::passes, () -> passesVersion);
		for (boolean upstream : new boolean[]{true, false}) {
			for (Equipment pump : flows.pumps(tank, upstream)) {
				addInput(ShadowRoles.runOf(pump));
				addInput(ShadowRoles.speedOf(pump));
			}
		}
		for (Equipment valve : passiveBeside(pipes, tank)) {
			Signal open = ShadowRoles.sibling(valve, "ZSO");
			Signal position = ShadowRoles.sibling(valve, "POS");
			if (open != null || position != null) {
				valves.add(valve);
				valveOpen.add(open);
				valvePosition.add(position);
				addInput(open);
				addInput(position);
			}
		}
		passing = new boolean[valves.size()];
		Arrays.fill(passing, true);
		ownRun = ShadowRoles.runOf(ModelPaths.owningEquipment(level));
		addInput(ownRun);
		if (loop != null) {
			inputs.addAll(loop.inputs());
		}
		this.netFlow = flows.netFlow(tank);
	}

	@Override
	public ShadowKind kind() {
		return ShadowKind.TANK;
	}

	@Override
	public Signal compared() {
		return level;
	}

	@Override
	public Equipment equipment() {
		return tank;
	}

	@Override
	public Set<Signal> inputs() {
		return inputs;
	}

	@Override
	public String basis() {
		return "its mass balance";
	}

	@Override
	public double step(double expected, double actual, double dt, ShadowInputs in) {
		refreshValves();
		double rate = netFlow.getAsDouble() * PumpFlows.SPAN_PER_SECOND_AT_FULL_FLOW * ShadowRoles.span(level);
		if (loop != null) {
			if (loop.manual(in)) {
				// the virtual plant leaves the pumps out in Manual: the check needs the level where the output puts it
				return expected + settling(actual, loop.target(in), TimeConstants.MANUAL_LOOP, dt);
			}
			return expected + settling(actual, loop.target(in), TimeConstants.LOOP, dt) + rate * dt;
		}
		double nominal = ShadowRoles.nominal(level);
		double target = in.on(ownRun, true) ? nominal : ShadowRoles.low(level);
		double timeConstant = target == nominal ? TimeConstants.WANDER : TimeConstants.STOPPING;
		return expected + settling(actual, target, timeConstant, dt) + rate * dt;
	}

	/** The level's own settling from where the plant is (NaN target: nothing known yet, no settling). */
	private static double settling(double actual, double target, double timeConstant, double dt) {
		return Double.isNaN(target) ? 0 : FirstOrderLag.toward(actual, target, timeConstant, dt) - actual;
	}

	private void refreshValves() {
		for (int i = 0; i < valves.size(); i++) {
			boolean passes = valvePasses(valveOpen.get(i), valvePosition.get(i));
			if (passes != passing[i]) {
				passing[i] = passes;
				passesVersion++;
			}
		}
	}

	private boolean passes(Equipment equipment) {
		int index = valves.indexOf(equipment);
		return index < 0 || passing[index];
	}

	private boolean valvePasses(@Nullable Signal open, @Nullable Signal position) {
		if (open != null && !Double.isNaN(live.value(open))) {
			return live.on(open, true);
		}
		double value = live.value(position);
		return position == null || Double.isNaN(value)
				|| value > ShadowRoles.low(position) + OPEN_FRACTION * ShadowRoles.span(position);
	}

	private BooleanSupplier running(Equipment pump) {
		Signal run = ShadowRoles.runOf(pump);
		return () -> live.on(run, true);
	}

	private double speedFraction(Equipment pump) {
		// found by tag suffix once per pump: looked up at every step it was about 5 % of a recording analysis
		Signal speed = speeds.computeIfAbsent(pump, p -> Optional.ofNullable(ShadowRoles.speedOf(p))).orElse(null);
		double value = live.value(speed);
		return speed == null || Double.isNaN(value) ? 1 : (value - ShadowRoles.low(speed)) / ShadowRoles.span(speed);
	}

	private void addInput(@Nullable Signal signal) {
		if (signal != null) {
			inputs.add(signal);
		}
	}

	/** The valves, filters and other passive equipment the pipes reach from the tank before a pump or a tank. */
	private static Set<Equipment> passiveBeside(PipeNetwork pipes, Equipment tank) {
		Set<Equipment> found = new LinkedHashSet<>();
		Set<Equipment> visited = new HashSet<>(Set.of(tank));
		List<Equipment> frontier = new ArrayList<>(List.of(tank));
		while (!frontier.isEmpty()) {
			Equipment current = frontier.remove(0);
			for (Connection pipe : pipes.touching(current)) {
				Equipment from = pipe.getSource().getEquipment();
				Equipment to = pipe.getTarget().getEquipment();
				Equipment next = from == current ? to : to == current ? from : null;
				if (next == null || !visited.add(next) || next.getKind() == EquipmentKind.PUMP
						|| next.getKind() == EquipmentKind.TANK) {
					continue;
				}
				found.add(next);
				frontier.add(next);
			}
		}
		return found;
	}
}
