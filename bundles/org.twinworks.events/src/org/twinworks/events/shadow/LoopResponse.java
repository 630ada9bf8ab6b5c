// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.sim.dynamics.TimeConstants;

/**
 * What a loop's measurement does as the virtual plant's loop process: in Auto it settles on the live setpoint with
 * the loop's time constant; in Manual (its controller's MODE reads the literal "Manual") it settles where the live
 * output puts the process (low + span × f, f the output's fraction, 1 − f for a direct-acting loop).
 */
final class LoopResponse {
	private final Signal measured;
	private final Signal setpoint;
	private final Signal output;
	private final boolean reverse;
	private final @Nullable Signal mode;
	private final int manualIndex;

	LoopResponse(ControlLoop loop) {
		measured = loop.getMeasuredValue();
		setpoint = loop.getSetpoint();
		output = loop.getOutput();
		reverse = loop.getAction() == ControlAction.REVERSE;
		Signal candidate = ShadowRoles.sibling(ModelPaths.owningEquipment(setpoint), "MODE");
		mode = candidate != null && candidate.getDataType() == SignalDataType.ENUMERATION ? candidate : null;
		int index = 0;
		if (mode != null) {
			for (int i = 0; i < mode.getEnumLiterals().size(); i++) {
				if ("Manual".equalsIgnoreCase(mode.getEnumLiterals().get(i))) {
					index = i;
					break;
				}
			}
		}
		manualIndex = index;
	}

	Set<Signal> inputs() {
		return mode == null ? Set.of(setpoint, output) : Set.of(setpoint, output, mode);
	}

	boolean manual(ShadowInputs inputs) {
		double value = inputs.value(mode);
		return !Double.isNaN(value) && Math.round(value) == manualIndex;
	}

	/** Where the measurement settles now; NaN while the input it needs is unknown. */
	double target(ShadowInputs inputs) {
		if (!manual(inputs)) {
			return inputs.value(setpoint);
		}
		double out = inputs.value(output);
		double fraction = Math.max(0, Math.min(1, (out - ShadowRoles.low(output)) / ShadowRoles.span(output)));
		return ShadowRoles.low(measured) + ShadowRoles.span(measured) * (reverse ? fraction : 1 - fraction);
	}

	double timeConstant(ShadowInputs inputs) {
		return manual(inputs) ? TimeConstants.MANUAL_LOOP : TimeConstants.LOOP;
	}
}
