// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.twinworks.sim.Fault;

/** What clients see of a signal while a fault is injected on it; the simulation itself runs on unaware. */
final class FaultedValue {
	private final Fault fault;
	private final long injectedAtTick;
	private Variant frozen;

	FaultedValue(Fault fault, long injectedAtTick) {
		this.fault = fault;
		this.injectedAtTick = injectedAtTick;
	}

	/**
	 * @param healthy the status the value would have without the fault (Good, or Uncertain when a forced value lies
	 *                beyond the range); faults that keep a plausible value keep it, as the real ones would
	 */
	DataValue apply(SimulatedSignal signal, long tick, double tickSeconds, Variant normal, StatusCode healthy,
			DateTime now) {
		long elapsedTicks = tick - injectedAtTick;
		return switch (fault) {
		case Fault.Stuck stuck -> good(frozen(normal), healthy, now);
		case Fault.Drift drift -> good(signal.numeric()
				? Variants.of(signal.type(), signal.value() + drift.unitsPerSecond() * elapsedTicks * tickSeconds,
						signal.text())
				: normal, healthy, now);
		case Fault.Spike spike -> good(spikes(spike, elapsedTicks, tickSeconds) && signal.numeric()
				? Variants.of(signal.type(), signal.value() + spike.magnitude(), signal.text())
				: normal, healthy, now);
		case Fault.Jammed jammed -> good(signal.numeric()
				? Variants.of(signal.type(),
						Math.min(signal.value(), signal.low() + jammed.fractionOfSpan() * signal.span()), signal.text())
				: normal, healthy, now);
		case Fault.Blocked blocked -> good(normal, healthy, now);
		case Fault.BadQuality bad -> new DataValue(normal, new StatusCode(StatusCodes.Bad_SensorFailure), now, now);
		case Fault.Offline offline ->
			new DataValue(Variant.NULL_VALUE, new StatusCode(StatusCodes.Bad_NoCommunication), now, now);
		};
	}

	private Variant frozen(Variant normal) {
		if (frozen == null) {
			frozen = normal;
		}
		return frozen;
	}

	private static boolean spikes(Fault.Spike spike, long elapsedTicks, double tickSeconds) {
		long every = Math.max(1, Math.round(spike.period().toMillis() / 1000.0 / tickSeconds));
		return elapsedTicks % every == 0;
	}

	private static DataValue good(Variant value, StatusCode healthy, DateTime now) {
		return new DataValue(value, healthy, now, now);
	}
}
