package org.twinworks.live;

import org.twinworks.model.Signal;

/** A new value of one signal, as delivered to {@link ValueListener}s. */
public record ValueChange(Signal signal, SignalValue value) {
}
