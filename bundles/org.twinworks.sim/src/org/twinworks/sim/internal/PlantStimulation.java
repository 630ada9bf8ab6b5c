// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import org.twinworks.model.SignalDataType;

/**
 * Stimulation of the simulated plant, as an engineer with a calibrator drives a transmitter's input in the field:
 * forcing a signal's true value, releasing it, and making an interlock's trip fail. Shared by the in-process API
 * and the Simulation object's methods; safe to call from any thread.
 */
public final class PlantStimulation {
	private final PlantDynamics dynamics;

	public PlantStimulation(PlantDynamics dynamics) {
		this.dynamics = dynamics;
	}

	/**
	 * Holds the signal's true value at {@code value} until released.
	 *
	 * @throws UnknownTagException      when no simulated signal has that tag
	 * @throws IllegalArgumentException when the value is not a finite number or the signal holds text
	 */
	public void force(String tag, double value) {
		SimulatedSignal signal = signal(tag);
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("cannot force " + tag + " to " + value + ": not a finite number");
		}
		if (signal.type() == SignalDataType.STRING || signal.type() == SignalDataType.DATE_TIME) {
			throw new IllegalArgumentException(
					"cannot force " + tag + ": it is a " + signal.type().getLiteral() + " signal, not a number");
		}
		signal.force(value);
	}

	/** Lets the simulation move the signal again; nothing happens when it was not forced. */
	public void release(String tag) {
		signal(tag).release();
	}

	public void releaseAll() {
		dynamics.signals().forEach(SimulatedSignal::release);
	}

	/** @throws UnknownTagException when the model has no interlock with that tag */
	public void failTrip(String interlockTag, boolean fails) {
		if (interlockTag == null || !dynamics.failTrip(interlockTag, fails)) {
			throw new UnknownTagException("the virtual plant has no interlock tagged " + interlockTag);
		}
	}

	private SimulatedSignal signal(String tag) {
		SimulatedSignal signal = tag == null ? null : dynamics.signal(tag);
		if (signal == null) {
			throw new UnknownTagException("the virtual plant simulates no signal tagged " + tag);
		}
		return signal;
	}

	/** A tag the plant does not have: Bad_NotFound over OPC UA. */
	public static final class UnknownTagException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		UnknownTagException(String message) {
			super(message);
		}
	}
}
