// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Date;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.SignalDataType;
import org.twinworks.sparkplug.DataType;

/** Our signal data types and the live values' Java types to Sparkplug types and values. */
final class SparkplugValues {

	private SparkplugValues() {
	}

	static DataType type(SignalDataType type) {
		return switch (type) {
		case BOOLEAN -> DataType.BOOLEAN;
		case SBYTE -> DataType.INT8;
		case BYTE -> DataType.UINT8;
		case INT16 -> DataType.INT16;
		case UINT16 -> DataType.UINT16;
		case INT32, ENUMERATION -> DataType.INT32;
		case UINT32 -> DataType.UINT32;
		case INT64 -> DataType.INT64;
		case UINT64 -> DataType.UINT64;
		case FLOAT -> DataType.FLOAT;
		case DOUBLE -> DataType.DOUBLE;
		case STRING -> DataType.STRING;
		case DATE_TIME -> DataType.DATETIME;
		};
	}

	/** The value as {@code type} wants it, or null when it does not fit (published as a null metric). */
	static @Nullable Object value(DataType type, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (type) {
		case BOOLEAN -> value instanceof Boolean b ? b : null;
		case FLOAT -> value instanceof Number n ? n.floatValue() : null;
		case DOUBLE -> value instanceof Number n ? n.doubleValue() : null;
		case STRING, TEXT, UUID -> value.toString();
		case DATETIME -> epochMillis(value);
		case BYTES -> value instanceof byte[] bytes ? bytes : null;
		default -> value instanceof Number n ? n.longValue() : null;
		};
	}

	private static @Nullable Long epochMillis(Object value) {
		if (value instanceof Instant instant) {
			return instant.toEpochMilli();
		}
		if (value instanceof Date date) {
			return date.getTime();
		}
		try {
			// OPC UA DateTime from the live layer (Milo's type, which this bundle may not name)
			Method javaInstant = value.getClass().getMethod("getJavaInstant");
			return javaInstant.invoke(value) instanceof Instant instant ? instant.toEpochMilli() : null;
		} catch (ReflectiveOperationException e) {
			return null;
		}
	}
}
