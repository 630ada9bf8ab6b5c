// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.rules.UneceUnits;

/**
 * A signal's unit as a tag list gives it: a UNECE common code and the symbol engineers read.
 *
 * @param code the UNECE Recommendation 20 common code, one {@link UneceUnits} knows
 * @param symbol the symbol, e.g. m³/h (the usual one for the code unless the list says otherwise)
 */
public record CsvUnit(String code, String symbol) {
	private static final Map<String, String> CODES_BY_SYMBOL = new HashMap<>();

	static {
		UneceUnits.all().forEach((code, symbol) -> CODES_BY_SYMBOL.putIfAbsent(symbol, code));
		// how symbols are typed where ³, ° and Ω are hard to type
		String[][] spellings = {{"m3", "MTQ"}, {"m^3", "MTQ"}, {"m3/h", "MQH"}, {"m^3/h", "MQH"}, {"m3/s", "MQS"},
				{"m2", "MTK"}, {"m^2", "MTK"}, {"degC", "CEL"}, {"deg C", "CEL"}, {"C", "CEL"}, {"degF", "FAH"},
				{"rpm", "RPM"}, {"1/min", "RPM"}, {"U/min", "RPM"}, {"l/m", "L2"}, {"ohm", "OHM"}, {"Ohm", "OHM"},
				{"pct", "P1"}, {"mg/L", "M1"}, {"L", "LTR"}, {"mL", "MLT"}, {"kWh", "KWH"}, {"hrs", "HUR"}};
		for (String[] spelling : spellings) {
			CODES_BY_SYMBOL.put(spelling[0], spelling[1]);
		}
	}

	/**
	 * The unit of a unit cell and a unit code cell (either may be empty); null when both are empty.
	 *
	 * @throws IllegalArgumentException naming what is unknown
	 */
	static @Nullable CsvUnit of(@Nullable String unit, @Nullable String code) {
		if (code != null) {
			if (!UneceUnits.isKnown(code)) {
				throw new IllegalArgumentException(
						"unknown unit code '" + code + "' (a UNECE common code like " + "MQH, BAR or CEL)");
			}
			return new CsvUnit(code, unit != null ? unit : UneceUnits.symbol(code));
		}
		if (unit == null) {
			return null;
		}
		if (UneceUnits.isKnown(unit)) {
			return new CsvUnit(unit, UneceUnits.symbol(unit));
		}
		String byCode = CODES_BY_SYMBOL.get(unit);
		if (byCode == null) {
			byCode = CODES_BY_SYMBOL.get(unit.replace(" ", ""));
		}
		if (byCode == null) {
			throw new IllegalArgumentException("unknown unit '" + unit + "' (a UNECE common code like MQH or a "
					+ "symbol like m³/h; a symbol of its own, like NTU, needs a unit code column)");
		}
		return new CsvUnit(byCode, unit);
	}
}
