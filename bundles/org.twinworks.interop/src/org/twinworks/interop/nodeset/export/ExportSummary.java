// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param objectTypes UAObjectTypes (one per equipment type)
 * @param objects UAObjects (folders of the hierarchy and equipment)
 * @param variables UAVariables (signals, signal templates, properties and the signals' EURange, EngineeringUnits and
 *            EnumStrings properties)
 * @param warnings what was exported differently from the model, each naming the element (a nominal value that does
 *            not fit the signal's type, a node id two signals are bound to...)
 */
public record ExportSummary(int objectTypes, int objects, int variables, List<String> warnings) {

	public ExportSummary {
		warnings = List.copyOf(warnings);
	}

	public int nodes() {
		return objectTypes + objects + variables;
	}
}
