// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.List;

/**
 * A control loop's mode, read from the enumeration signal {@code <loop>.MODE} of its controller: Manual when its
 * index is that of the literal "Manual" (index 0 when no literal is called so). A loop without a mode signal is
 * always in Auto.
 */
final class LoopMode {
	static final LoopMode ALWAYS_AUTO = new LoopMode(null, -1);

	private final SimulatedSignal mode;
	private final int manualIndex;

	private LoopMode(SimulatedSignal mode, int manualIndex) {
		this.mode = mode;
		this.manualIndex = manualIndex;
	}

	static LoopMode of(SimulatedSignal mode) {
		if (mode == null) {
			return ALWAYS_AUTO;
		}
		List<String> literals = mode.signal().getEnumLiterals();
		int index = 0;
		for (int i = 0; i < literals.size(); i++) {
			if ("Manual".equalsIgnoreCase(literals.get(i))) {
				index = i;
				break;
			}
		}
		return new LoopMode(mode, index);
	}

	boolean manual() {
		return mode != null && Math.round(mode.value()) == manualIndex;
	}
}
