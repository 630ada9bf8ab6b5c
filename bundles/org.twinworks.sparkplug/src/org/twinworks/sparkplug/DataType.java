// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Date;

import org.jspecify.annotations.Nullable;

/**
 * The scalar Sparkplug B data types we publish and read, with their wire codes. In Java, every integer type and
 * DateTime (milliseconds since the epoch) is a {@link Long}, Float a {@link Float}, Double a {@link Double}, Boolean a
 * {@link Boolean}, String/Text/UUID a {@link String} and Bytes a {@code byte[]}.
 */
public enum DataType {
	INT8(1), INT16(2), INT32(3), INT64(4), UINT8(5), UINT16(6), UINT32(7), UINT64(8), FLOAT(9), DOUBLE(10), BOOLEAN(
			11), STRING(12), DATETIME(13), TEXT(14), UUID(15), BYTES(17);
	/** values() copies its array on every call; ofCode runs once per metric received. */
	private static final DataType[] ALL = values();

	private final int code;

	DataType(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** The type with wire code {@code code}; throws for the types we do not handle (DataSet, Template, File, arrays). */
	public static DataType ofCode(int code) {
		for (DataType type : ALL) {
			if (type.code == code) {
				return type;
			}
		}
		throw new IllegalArgumentException("unsupported Sparkplug data type code " + code);
	}

	/** Whether the value travels in the protobuf's 32-bit int field (Sparkplug 3.0: Int8..Int32, UInt8..UInt32). */
	public boolean inIntField() {
		return this == INT8 || this == INT16 || this == INT32 || this == UINT8 || this == UINT16 || this == UINT32;
	}

	/** Whether the value travels in the protobuf's 64-bit field (Int64, UInt64, DateTime). */
	public boolean inLongField() {
		return this == INT64 || this == UINT64 || this == DATETIME;
	}

	/** Whether the Java value is a {@link Long}. */
	public boolean isInteger() {
		return inIntField() || inLongField();
	}

	/** Whether {@code value} has the Java class this type uses (null is always allowed: a null metric). */
	public boolean accepts(Object value) {
		return switch (this) {
		case FLOAT -> value instanceof Float;
		case DOUBLE -> value instanceof Double;
		case BOOLEAN -> value instanceof Boolean;
		case STRING, TEXT, UUID -> value instanceof String;
		case BYTES -> value instanceof byte[];
		default -> value instanceof Long;
		};
	}

	/**
	 * {@code value} (a live value: a Java number, boolean, string, byte array, instant or date, or an OPC UA DateTime)
	 * as this type carries it, or null when it does not fit (published as a null metric).
	 */
	public @Nullable Object wireValue(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
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
		if (value instanceof Long millis) {
			return millis;
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
