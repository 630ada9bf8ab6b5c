// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The UNECE Recommendation 20 common codes Twinworks knows, with their usual symbols. OPC UA's
 * EUInformation names units by these codes; its unitId is the code's characters packed into an int.
 */
public final class UneceUnits {
	private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

	static {
		String[][] table = {{"C62", "1"}, {"P1", "%"}, {"59", "ppm"}, //
				{"MMT", "mm"}, {"CMT", "cm"}, {"MTR", "m"}, {"KMT", "km"}, //
				{"MTK", "m²"}, {"MLT", "ml"}, {"LTR", "l"}, {"MTQ", "m³"}, //
				{"MQH", "m³/h"}, {"MQS", "m³/s"}, {"L2", "l/min"}, //
				{"GRM", "g"}, {"KGM", "kg"}, {"TNE", "t"}, {"KGS", "kg/s"}, {"M1", "mg/l"}, //
				{"CEL", "°C"}, {"KEL", "K"}, {"FAH", "°F"}, //
				{"PAL", "Pa"}, {"KPA", "kPa"}, {"MPA", "MPa"}, {"MBR", "mbar"}, {"BAR", "bar"}, //
				{"SEC", "s"}, {"MIN", "min"}, {"HUR", "h"}, {"DAY", "d"}, {"HTZ", "Hz"}, //
				{"RPM", "r/min"}, {"MTS", "m/s"}, {"KMH", "km/h"}, //
				{"WTT", "W"}, {"KWT", "kW"}, {"MAW", "MW"}, {"KWH", "kWh"}, //
				{"AMP", "A"}, {"VLT", "V"}, {"KVT", "kV"}, {"OHM", "Ω"}};
		for (String[] row : table) {
			SYMBOLS.put(row[0], row[1]);
		}
	}

	private UneceUnits() {
	}

	public static boolean isKnown(@Nullable String code) {
		return code != null && SYMBOLS.containsKey(code);
	}

	/** The usual symbol of a known code, or null. */
	public static @Nullable String symbol(@Nullable String code) {
		return code == null ? null : SYMBOLS.get(code);
	}

	public static Map<String, String> all() {
		return Collections.unmodifiableMap(SYMBOLS);
	}

	/** OPC UA Part 8: the unitId packs the code's (at most 3) ASCII characters, first one highest; -1 if none. */
	public static int unitId(@Nullable String code) {
		if (code == null || code.isEmpty() || code.length() > 3) {
			return -1;
		}
		int id = 0;
		for (char c : code.toCharArray()) {
			id = (id << 8) | (c & 0xFF);
		}
		return id;
	}
}
