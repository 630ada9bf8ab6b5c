// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.twinworks.model.Signal;

/** A new value of one signal, as delivered to {@link ValueListener}s. */
public record ValueChange(Signal signal, SignalValue value) {
}
