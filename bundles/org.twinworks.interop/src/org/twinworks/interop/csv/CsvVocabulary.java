// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Access;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

/**
 * The words tag lists use for directions, data types and access: the model's own literals, the IEC 61131-3
 * elementary types (a PLC's REAL is a Float, its INT an Int16) and the usual German and address-letter forms
 * (E/A/M, I/Q). Compared without case, spaces and punctuation.
 */
final class CsvVocabulary {
	private static final Map<String, SignalDirection> DIRECTIONS = new HashMap<>();
	private static final Map<String, SignalDataType> TYPES = new HashMap<>();
	private static final Map<String, Access> ACCESS = new HashMap<>();

	static {
		for (SignalDirection direction : SignalDirection.VALUES) {
			DIRECTIONS.put(CsvField.normalize(direction.getLiteral()), direction);
		}
		words(DIRECTIONS, SignalDirection.INPUT, "in", "i", "e", "ai", "di", "eingang", "measurement", "feedback");
		words(DIRECTIONS, SignalDirection.OUTPUT, "out", "o", "q", "a", "ao", "do", "ausgang", "command");
		words(DIRECTIONS, SignalDirection.INTERNAL, "m", "memory", "merker", "intern", "var", "variable", "marker");

		for (SignalDataType type : SignalDataType.VALUES) {
			TYPES.put(CsvField.normalize(type.getLiteral()), type);
		}
		words(TYPES, SignalDataType.BOOLEAN, "bool", "bit", "digital");
		words(TYPES, SignalDataType.SBYTE, "sint", "int8");
		words(TYPES, SignalDataType.BYTE, "usint", "uint8");
		words(TYPES, SignalDataType.INT16, "int", "short");
		words(TYPES, SignalDataType.UINT16, "uint", "word", "ushort");
		words(TYPES, SignalDataType.INT32, "dint");
		words(TYPES, SignalDataType.UINT32, "udint", "dword");
		words(TYPES, SignalDataType.INT64, "lint", "long");
		words(TYPES, SignalDataType.UINT64, "ulint", "lword", "ulong");
		words(TYPES, SignalDataType.FLOAT, "real", "float32", "single");
		words(TYPES, SignalDataType.DOUBLE, "lreal", "float64", "analog");
		words(TYPES, SignalDataType.STRING, "wstring", "text", "char");
		words(TYPES, SignalDataType.DATE_TIME, "dt", "dateandtime", "datetime", "ldt", "timestamp");
		words(TYPES, SignalDataType.ENUMERATION, "enum");

		for (Access access : Access.VALUES) {
			ACCESS.put(CsvField.normalize(access.getLiteral()), access);
		}
		words(ACCESS, Access.READ, "r", "ro", "readonly", "lesen", "nurlesen");
		words(ACCESS, Access.READ_WRITE, "rw", "w", "write", "writeonly", "wo", "lesenschreiben", "schreiben");
	}

	private CsvVocabulary() {
	}

	private static <T> void words(Map<String, T> map, T value, String... words) {
		for (String word : words) {
			map.put(word, value);
		}
	}

	static @Nullable SignalDirection direction(String text) {
		return DIRECTIONS.get(CsvField.normalize(text));
	}

	static @Nullable SignalDataType dataType(String text) {
		return TYPES.get(CsvField.normalize(text));
	}

	static @Nullable Access access(String text) {
		return ACCESS.get(CsvField.normalize(text));
	}
}
