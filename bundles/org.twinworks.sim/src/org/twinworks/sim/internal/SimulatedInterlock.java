// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.List;

import org.twinworks.model.ComparisonOperator;

/**
 * An interlock of the model, evaluated every tick on the simulated true values (faults change only what clients
 * see, so a stuck transmitter does not hide a real low level from the safety function). While its condition holds
 * the trip forces its targets (a pump's run command off, a valve's demand to an end of its range), overriding client
 * writes; when the condition clears the targets stay where the trip left them until an operator writes them again
 * (the reset). A trip that {@linkplain #setFails(boolean) fails} evaluates its condition but forces nothing.
 */
final class SimulatedInterlock implements Behaviour {
	private static final double EQUAL_WITHIN = 1e-9;

	/** One comparison of the condition. */
	record Condition(SimulatedSignal signal, ComparisonOperator operator, double threshold) {
		boolean holds() {
			double v = signal.value();
			return switch (operator) {
			case LESS_THAN -> v < threshold;
			case LESS_OR_EQUAL -> v <= threshold;
			case GREATER_THAN -> v > threshold;
			case GREATER_OR_EQUAL -> v >= threshold;
			case EQUAL -> Math.abs(v - threshold) <= EQUAL_WITHIN;
			case NOT_EQUAL -> Math.abs(v - threshold) > EQUAL_WITHIN;
			};
		}
	}

	/** A signal the trip holds at a value while it acts. */
	record Target(SimulatedSignal signal, double value) {
	}

	private final String tag;
	private final List<Condition> conditions;
	private final boolean all;
	private final List<Target> targets;
	private final SimulatedSignal tripFlag;
	private volatile boolean fails;
	private volatile boolean active;

	/**
	 * @param all      true when every condition must hold (ALL), false when one is enough (ANY)
	 * @param tripFlag the tripped equipment's boolean {@code TRIP} signal, set while the trip acts; may be null
	 */
	SimulatedInterlock(String tag, List<Condition> conditions, boolean all, List<Target> targets,
			SimulatedSignal tripFlag) {
		this.tag = tag;
		this.conditions = List.copyOf(conditions);
		this.all = all;
		this.targets = List.copyOf(targets);
		this.tripFlag = tripFlag;
	}

	String tag() {
		return tag;
	}

	void setFails(boolean value) {
		fails = value;
	}

	boolean fails() {
		return fails;
	}

	/** Whether the condition held at the last tick (whether or not the trip acted). */
	boolean active() {
		return active;
	}

	@Override
	public void step(double dt) {
		boolean was = active;
		active = evaluate();
		boolean acting = active && !fails;
		if (acting) {
			targets.forEach(t -> t.signal().set(t.value()));
		}
		if (tripFlag != null && (acting || was && !active)) {
			tripFlag.set(acting ? 1 : 0);
		}
	}

	private boolean evaluate() {
		if (conditions.isEmpty()) {
			return false;
		}
		for (Condition condition : conditions) {
			if (condition.holds() != all) {
				return !all;
			}
		}
		return all;
	}
}
