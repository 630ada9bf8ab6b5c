// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import org.twinworks.live.Mismatch;

/** Mismatches in the words of OPC UA (the attribute or property names), as the view and the diagram show them. */
public final class MismatchText {

	private MismatchText() {
	}

	public static String aspect(Mismatch.Aspect aspect) {
		return switch (aspect) {
		case NODE -> "Node";
		case DATA_TYPE -> "DataType";
		case EU_RANGE -> "EURange";
		case ENGINEERING_UNITS -> "EngineeringUnits";
		case ACCESS_LEVEL -> "AccessLevel";
		case MONITORING -> "Monitoring";
		};
	}

	/** e.g. {@code PT-101.PV: EURange model 0.0 .. 12.0, server 0.0 .. 10.0}. */
	public static String describe(Mismatch m) {
		return m.tag() + ": " + aspect(m.aspect()) + " model " + m.modelValue() + ", server " + m.serverValue();
	}
}
