// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

/**
 * One signal of a tag list, parsed and checked; null (or empty) where the cell was empty or its column is missing.
 *
 * @param line the physical line its record starts on
 * @param tag the signal's tag
 * @param name the Description column: the signal's human-readable name
 * @param notes the Notes column: the signal's description
 * @param area the area of its equipment
 * @param equipment the tag of its equipment
 * @param endpoint the endpoint's name
 * @param direction from the controller's view
 * @param dataType the OPC UA type
 * @param unit code and symbol
 * @param rangeLow engineering range, low end
 * @param rangeHigh engineering range, high end
 * @param limits the alarm limits given
 * @param nodeId the node id in nsu= form
 * @param access read or read/write
 * @param nominalValue the value commissioning expects
 * @param states an enumeration's states (empty: not given)
 */
public record CsvTagRow(int line, String tag, @Nullable String name, @Nullable String notes, @Nullable String area,
		@Nullable String equipment, @Nullable String endpoint, @Nullable SignalDirection direction,
		@Nullable SignalDataType dataType, @Nullable CsvUnit unit, @Nullable Double rangeLow,
		@Nullable Double rangeHigh, Map<AlarmKind, Double> limits, @Nullable String nodeId, @Nullable Access access,
		@Nullable String nominalValue, List<String> states) {

	public CsvTagRow {
		limits = Collections.unmodifiableMap(limits.isEmpty() ? Map.of() : new EnumMap<>(limits));
		states = List.copyOf(states);
	}
}
