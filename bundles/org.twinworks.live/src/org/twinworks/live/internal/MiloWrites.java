// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.twinworks.model.SignalDataType;

/**
 * A Java value to the DataValue a write sends. The server checks the data type strictly, so a number is
 * converted to the signal's own type (a Double for DOUBLE, an Integer for INT32...) before it goes out.
 */
public final class MiloWrites {

	private MiloWrites() {
	}

	/** Value only: no status and no timestamps, which servers commonly refuse to be written. */
	public static DataValue valueOnly(SignalDataType type, Object value) {
		return DataValue.valueOnly(new Variant(convert(type, value)));
	}

	static Object convert(SignalDataType type, Object value) {
		if (value instanceof Number n) {
			return switch (type) {
			case SBYTE -> n.byteValue();
			case BYTE -> ubyte(n.shortValue());
			case INT16 -> n.shortValue();
			case UINT16 -> ushort(n.intValue());
			case INT32, ENUMERATION -> n.intValue();
			case UINT32 -> uint(n.longValue());
			case INT64 -> n.longValue();
			case UINT64 -> ulong(n.longValue());
			case FLOAT -> n.floatValue();
			case DOUBLE -> n.doubleValue();
			default -> throw new IllegalArgumentException("a number cannot be written to a " + type + " signal");
			};
		}
		if (value instanceof Boolean && type == SignalDataType.BOOLEAN
				|| value instanceof String && type == SignalDataType.STRING) {
			return value;
		}
		throw new IllegalArgumentException(value + " cannot be written to a " + type + " signal");
	}
}
