// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.ConditionCombination;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TripAction;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.sim.dynamics.PumpFlows;

/**
 * Decides from the model alone which behaviour moves each signal, so any plant comes alive: loops settle their
 * measurement on the setpoint and integrate their output, feedbacks follow their commands and references
 * (RUN/CMD, ZSO/CMD, POS/OUT, X/X_SP of one equipment), running hours count, tank levels feel their pumps,
 * other ranged analog inputs wander around their nominal value; the rest holds its value until written. Loops
 * honour their controller's MODE (Manual: the output holds, the measurement follows it); interlocks trip first in
 * every tick, so feedbacks follow a tripped command in the same tick.
 */
final class DynamicsPlanner {
	private static final Set<String> TEMPERATURE_UNITS = Set.of("CEL", "FAH", "KEL");

	private final Plant plant;
	private final Map<Signal, SimulatedSignal> states;
	private final Noise noise;
	private final PumpFlows flows;

	/** @param blocked valves secretly closed by fault injection: no flow passes them */
	DynamicsPlanner(Plant plant, Map<Signal, SimulatedSignal> states, Noise noise, BlockedEquipment blocked) {
		this.plant = plant;
		this.states = states;
		this.noise = noise;
		this.flows = new PumpFlows(plant, this::running, this::speedFraction, blocked::passes, blocked::version);
	}

	/** @param interlocks the simulated interlocks, from {@link #interlocks()}: they step first */
	List<Behaviour> plan(List<SimulatedInterlock> interlocks) {
		Map<SimulatedSignal, ControlLoop> measuredBy = new HashMap<>();
		Map<SimulatedSignal, ControlLoop> outputOf = new HashMap<>();
		for (ControlLoop loop : plant.getControlLoops()) {
			SimulatedSignal pv = states.get(loop.getMeasuredValue());
			SimulatedSignal sp = states.get(loop.getSetpoint());
			SimulatedSignal out = states.get(loop.getOutput());
			if (pv != null && sp != null && out != null) {
				measuredBy.putIfAbsent(pv, loop);
				outputOf.putIfAbsent(out, loop);
			}
		}
		List<Behaviour> commands = new ArrayList<>();
		List<Behaviour> followers = new ArrayList<>();
		List<Behaviour> processes = new ArrayList<>();
		List<Behaviour> controllers = new ArrayList<>();
		for (SimulatedSignal signal : states.values()) {
			ControlLoop loop = measuredBy.get(signal);
			if (outputOf.containsKey(signal)) {
				ControlLoop controlled = outputOf.get(signal);
				controllers.add(new LoopController(states.get(controlled.getMeasuredValue()),
						states.get(controlled.getSetpoint()), signal, controlled.getAction() == ControlAction.REVERSE,
						modeOf(controlled)));
			} else if (loop != null) {
				processes.add(new LoopProcess(signal, states.get(loop.getSetpoint()), levelRate(signal), noise,
						states.get(loop.getOutput()), loop.getAction() == ControlAction.REVERSE, modeOf(loop)));
			} else if (signal.type() == SignalDataType.BOOLEAN && sibling(signal, commandFor(signal)) != null) {
				commands.add(new FollowCommand(signal, sibling(signal, commandFor(signal))));
			} else if (signal.numeric() && sibling(signal, referenceFor(signal)) != null) {
				followers.add(new FollowReference(signal, sibling(signal, referenceFor(signal)),
						running(ModelPaths.owningEquipment(signal.signal())), noise));
			} else if (signal.numeric() && "HUR".equals(unitCode(signal))) {
				followers.add(new RunningHours(signal, running(ModelPaths.owningEquipment(signal.signal()))));
			} else if (signal.numeric() && signal.ranged() && !signal.writable()) {
				processes.add(new Wander(signal, wanderTarget(signal), levelRate(signal), noise));
			}
		}
		List<Behaviour> plan = new ArrayList<>(interlocks);
		plan.addAll(commands);
		plan.addAll(followers);
		plan.addAll(processes);
		plan.addAll(controllers);
		return plan;
	}

	/**
	 * Every interlock of the model with a tag; one whose condition names a signal that is not simulated never
	 * trips (it cannot be evaluated), but can still be told to fail.
	 */
	List<SimulatedInterlock> interlocks() {
		List<SimulatedInterlock> interlocks = new ArrayList<>();
		for (Interlock interlock : plant.getInterlocks()) {
			if (interlock.getTag() == null || interlock.getTag().isBlank()) {
				continue;
			}
			List<SimulatedInterlock.Condition> conditions = new ArrayList<>();
			for (InterlockCondition c : interlock.getConditions()) {
				SimulatedSignal signal = states.get(c.getSignal());
				if (signal == null || c.getOperator() == null) {
					conditions.clear();
					break;
				}
				conditions.add(new SimulatedInterlock.Condition(signal, c.getOperator(), c.getThreshold()));
			}
			Equipment trips = interlock.getTrips();
			List<SimulatedInterlock.Target> targets = new ArrayList<>();
			if (trips != null && interlock.getTripAction() != null) {
				tripTargets(trips, interlock.getTripAction(), targets);
			}
			interlocks.add(new SimulatedInterlock(interlock.getTag(), conditions,
					interlock.getCombination() == ConditionCombination.ALL, targets, signalWithSuffix(trips, "TRIP")));
		}
		return interlocks;
	}

	/** What the action forces on the equipment and, recursively, its child equipment (a pump's motor). */
	private void tripTargets(Equipment equipment, TripAction action, List<SimulatedInterlock.Target> targets) {
		boolean high = action == TripAction.START || action == TripAction.OPEN;
		SimulatedSignal command = signalWithSuffix(equipment, "CMD");
		if (command != null && command.type() == SignalDataType.BOOLEAN) {
			targets.add(new SimulatedInterlock.Target(command, high ? 1 : 0));
		}
		SimulatedSignal demand = signalWithSuffix(equipment, "OUT");
		if ((action == TripAction.OPEN || action == TripAction.CLOSE) && demand != null && demand.numeric()) {
			targets.add(new SimulatedInterlock.Target(demand, high ? demand.high() : demand.low()));
		}
		for (Equipment child : equipment.getEquipment()) {
			tripTargets(child, action, targets);
		}
	}

	/** The MODE enumeration beside the loop's setpoint, in the loop's controller. */
	private LoopMode modeOf(ControlLoop loop) {
		SimulatedSignal mode = signalWithSuffix(ModelPaths.owningEquipment(loop.getSetpoint()), "MODE");
		return LoopMode.of(mode != null && mode.type() == SignalDataType.ENUMERATION ? mode : null);
	}

	private DoubleSupplier wanderTarget(SimulatedSignal signal) {
		if (TEMPERATURE_UNITS.contains(unitCode(signal))) {
			return signal::nominal;
		}
		BooleanSupplier running = running(ModelPaths.owningEquipment(signal.signal()));
		return () -> running.getAsBoolean() ? signal.nominal() : signal.low();
	}

	/** Rate of change of a tank level from its pumps, in the signal's units per second; 0 for other signals. */
	private DoubleSupplier levelRate(SimulatedSignal signal) {
		Equipment tank = PumpFlows.isLevel(signal.signal())
				? flows.tankOf(ModelPaths.owningEquipment(signal.signal()))
				: null;
		if (tank == null) {
			return () -> 0;
		}
		DoubleSupplier net = flows.netFlow(tank);
		return () -> net.getAsDouble() * PumpFlows.SPAN_PER_SECOND_AT_FULL_FLOW * signal.span();
	}

	/** Whether the machine an equipment belongs to runs: its own RUN, else its parent's; true without any. */
	BooleanSupplier running(Equipment equipment) {
		for (EObject e = equipment; e instanceof Equipment candidate; e = e.eContainer()) {
			SimulatedSignal run = signalWithSuffix(candidate, "RUN");
			if (run != null) {
				return run::on;
			}
		}
		return () -> true;
	}

	/** A pump's speed as a fraction of full speed: its drive's SPD signal, 1 without one. */
	double speedFraction(Equipment pump) {
		SimulatedSignal speed = signalWithSuffix(pump, "SPD");
		for (Equipment child : pump.getEquipment()) {
			speed = speed != null ? speed : signalWithSuffix(child, "SPD");
		}
		return speed == null ? 1 : (speed.value() - speed.low()) / speed.span();
	}

	private SimulatedSignal sibling(SimulatedSignal signal, String suffix) {
		Equipment owner = ModelPaths.owningEquipment(signal.signal());
		return suffix == null || owner == null ? null : signalWithSuffix(owner, suffix);
	}

	private SimulatedSignal signalWithSuffix(Equipment equipment, String suffix) {
		if (equipment == null) {
			return null;
		}
		for (Signal s : equipment.getSignals()) {
			if (suffix.equals(suffixOf(s.getTag())) && states.containsKey(s)) {
				return states.get(s);
			}
		}
		return null;
	}

	private static String commandFor(SimulatedSignal feedback) {
		String suffix = suffixOf(feedback.tag());
		return suffix.equals("RUN") || suffix.equals("ZSO") ? "CMD" : null;
	}

	private static String referenceFor(SimulatedSignal feedback) {
		String suffix = suffixOf(feedback.tag());
		if (suffix.equals("POS")) {
			return "OUT";
		}
		return suffix.isEmpty() || suffix.endsWith("_SP") ? null : suffix + "_SP";
	}

	private static String suffixOf(String tag) {
		return tag == null ? "" : tag.substring(tag.lastIndexOf('.') + 1);
	}

	private static String unitCode(SimulatedSignal signal) {
		return signal.signal().getUnit() == null ? null : signal.signal().getUnit().getCode();
	}
}
