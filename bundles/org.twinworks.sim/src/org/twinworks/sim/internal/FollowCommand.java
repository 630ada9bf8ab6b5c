// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

/** A feedback that follows its command: a pump's RUN its CMD, a valve's open switch its open command. */
final class FollowCommand implements Behaviour {
	private final SimulatedSignal feedback;
	private final SimulatedSignal command;

	FollowCommand(SimulatedSignal feedback, SimulatedSignal command) {
		this.feedback = feedback;
		this.command = command;
	}

	@Override
	public void step(double dt) {
		feedback.set(command.on() ? 1 : 0);
	}
}
