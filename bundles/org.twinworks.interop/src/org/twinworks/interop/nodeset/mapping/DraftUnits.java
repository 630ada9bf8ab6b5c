// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.nodeset.UaValue;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.rules.UneceUnits;

/** The draft's units of measure, one per code and symbol: EUInformation's UnitId unpacked to its UNECE common code. */
final class DraftUnits {
	private final Plant plant;
	private final Map<String, EngineeringUnit> byCode = new HashMap<>();

	DraftUnits(Plant plant) {
		this.plant = plant;
	}

	@Nullable
	EngineeringUnit of(UaValue.@Nullable EuInformation eu) {
		if (eu == null) {
			return null;
		}
		String code = code(eu.unitId());
		if (code == null) {
			// no usable UnitId: the display name is all there is
			code = eu.displayName() == null || eu.displayName().isBlank() ? null : eu.displayName();
		}
		if (code == null) {
			return null;
		}
		// the UNECE symbol where it says something; a dimensionless "1" is what the display name (NTU, pH) explains
		String known = UneceUnits.symbol(code);
		String symbol = known != null && !"1".equals(known) || eu.displayName() == null || eu.displayName().isBlank()
				? known
				: eu.displayName();
		String finalCode = code;
		// one code can stand for units told apart by their symbol (C62: pH, NTU)
		return byCode.computeIfAbsent(code + '\u0000' + symbol, key -> create(finalCode, symbol, eu));
	}

	private EngineeringUnit create(String code, @Nullable String symbol, UaValue.EuInformation eu) {
		EngineeringUnit unit = TwinFactory.eINSTANCE.createEngineeringUnit();
		unit.setCode(code);
		unit.setSymbol(symbol);
		unit.setDescription(eu.description());
		plant.getEngineeringUnits().add(unit);
		return unit;
	}

	/** OPC 10000-8: the code's ASCII characters packed into the int, first one highest; null if not such a code. */
	static @Nullable String code(int unitId) {
		if (unitId <= 0) {
			return null;
		}
		StringBuilder code = new StringBuilder();
		for (int shift = 24; shift >= 0; shift -= 8) {
			int c = (unitId >>> shift) & 0xFF;
			if (c == 0) {
				if (code.length() > 0) {
					return null;
				}
				continue;
			}
			if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
				return null;
			}
			code.append((char) c);
		}
		return code.length() == 0 ? null : code.toString();
	}
}
