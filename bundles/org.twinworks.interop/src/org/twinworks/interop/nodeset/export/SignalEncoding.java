// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Access;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * How a signal looks as an OPC UA variable, the same way the virtual plant serves it: its built-in DataType
 * (enumerations travel as their Int32 index), its VariableType (AnalogItemType when numeric and ranged, since
 * AnalogItemType makes EURange mandatory; BaseAnalogType when numeric with a unit only; BaseDataVariableType
 * otherwise), its AccessLevel and its nominal value as an XML-encoded Value.
 */
final class SignalEncoding {
	static final int CURRENT_READ = 1;
	static final int CURRENT_WRITE = 2;

	private SignalEncoding() {
	}

	/** The alias of the signal's DataType (see {@link Aliases}). */
	static String dataType(SignalDataType type) {
		return switch (type) {
		case INT32, ENUMERATION -> "Int32";
		default -> type.getLiteral();
		};
	}

	static boolean numeric(Signal signal) {
		return switch (signal.getDataType()) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	static boolean ranged(Signal signal) {
		return numeric(signal) && signal.getRangeLow() != null && signal.getRangeHigh() != null
				&& signal.getRangeHigh() > signal.getRangeLow();
	}

	static boolean hasUnit(Signal signal) {
		return numeric(signal) && signal.getUnit() != null;
	}

	static boolean hasEnumStrings(Signal signal) {
		return signal.getDataType() == SignalDataType.ENUMERATION && !signal.getEnumLiterals().isEmpty();
	}

	static String typeDefinition(Signal signal) {
		if (ranged(signal)) {
			return BaseModel.ANALOG_ITEM_TYPE;
		}
		return hasUnit(signal) ? BaseModel.BASE_ANALOG_TYPE : BaseModel.BASE_DATA_VARIABLE_TYPE;
	}

	static int accessLevel(Signal signal) {
		return signal.getAccess() == Access.READ_WRITE ? CURRENT_READ | CURRENT_WRITE : CURRENT_READ;
	}

	/** xs:double text: Java writes "Infinity" where XML Schema wants "INF". */
	static String xsDouble(double value) {
		if (Double.isInfinite(value)) {
			return value > 0 ? "INF" : "-INF";
		}
		return Double.toString(value);
	}

	/** The nominal value as the text of the signal's {@code <uax:Type>} element; null when it does not fit. */
	static @Nullable String valueText(Signal signal) {
		String nominal = signal.getNominalValue();
		if (nominal == null || nominal.isBlank()) {
			return null;
		}
		String text = nominal.strip();
		try {
			return switch (signal.getDataType()) {
			case BOOLEAN -> bool(text);
			case SBYTE -> integer(text, Byte.MIN_VALUE, Byte.MAX_VALUE);
			case BYTE -> integer(text, 0, 255);
			case INT16 -> integer(text, Short.MIN_VALUE, Short.MAX_VALUE);
			case UINT16 -> integer(text, 0, 65_535);
			case INT32 -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
			case UINT32 -> integer(text, 0, 0xFFFF_FFFFL);
			case INT64 -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
			case UINT64 -> unsignedLong(text);
			case FLOAT, DOUBLE -> xsDouble(Double.parseDouble(text));
			case STRING -> nominal;
			case DATE_TIME -> Instant.parse(text).toString();
			case ENUMERATION -> enumIndex(signal, text);
			};
		} catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
			return null;
		}
	}

	private static @Nullable String bool(String text) {
		return switch (text.toLowerCase(java.util.Locale.ROOT)) {
		case "true", "1" -> "true";
		case "false", "0" -> "false";
		default -> null;
		};
	}

	private static @Nullable String integer(String text, long min, long max) {
		long value = new BigDecimal(text).longValueExact();
		return value < min || value > max ? null : Long.toString(value);
	}

	private static @Nullable String unsignedLong(String text) {
		BigInteger value = new BigDecimal(text).toBigIntegerExact();
		return value.signum() < 0 || value.bitLength() > 64 ? null : value.toString();
	}

	private static @Nullable String enumIndex(Signal signal, String text) {
		int index = signal.getEnumLiterals().indexOf(text);
		return index >= 0 ? Integer.toString(index) : integer(text, 0, Integer.MAX_VALUE);
	}
}
