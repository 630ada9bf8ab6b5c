// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ulong;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.twinworks.model.SignalDataType;

/** Between the simulation's doubles and texts and OPC UA's typed values. */
final class Variants {

	private Variants() {
	}

	/** The OPC UA built-in data type of a signal type; enumerations travel as their Int32 index. */
	static NodeId dataType(SignalDataType type) {
		return switch (type) {
		case BOOLEAN -> NodeIds.Boolean;
		case SBYTE -> NodeIds.SByte;
		case BYTE -> NodeIds.Byte;
		case INT16 -> NodeIds.Int16;
		case UINT16 -> NodeIds.UInt16;
		case INT32, ENUMERATION -> NodeIds.Int32;
		case UINT32 -> NodeIds.UInt32;
		case INT64 -> NodeIds.Int64;
		case UINT64 -> NodeIds.UInt64;
		case FLOAT -> NodeIds.Float;
		case DOUBLE -> NodeIds.Double;
		case STRING -> NodeIds.String;
		case DATE_TIME -> NodeIds.DateTime;
		};
	}

	/** {@code value} as the signal's type, rounded and clamped to the type's range for integers. */
	static Variant of(SignalDataType type, double value, String text) {
		return new Variant(switch (type) {
		case BOOLEAN -> value >= 0.5;
		case SBYTE -> (byte) clamp(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
		case BYTE -> ubyte(clamp(value, 0, 255));
		case INT16 -> (short) clamp(value, Short.MIN_VALUE, Short.MAX_VALUE);
		case UINT16 -> ushort((int) clamp(value, 0, 65_535));
		case INT32, ENUMERATION -> (int) clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
		case UINT32 -> uint(clamp(value, 0, 0xFFFF_FFFFL));
		case INT64 -> clamp(value, Long.MIN_VALUE, Long.MAX_VALUE);
		case UINT64 -> ulong(clamp(value, 0, Long.MAX_VALUE));
		case FLOAT -> (float) value;
		case DOUBLE -> value;
		case STRING -> text;
		case DATE_TIME -> dateTime(text);
		});
	}

	/** Takes a value a client wrote into the simulation's state. */
	static void adopt(SimulatedSignal signal, Object written) {
		if (written instanceof Boolean b) {
			signal.set(b ? 1 : 0);
		} else if (written instanceof Number n) {
			signal.set(n.doubleValue());
		} else if (written instanceof DateTime d) {
			signal.setText(d.getJavaInstant().toString());
		} else if (written instanceof String s) {
			signal.setText(s);
		}
	}

	private static long clamp(double value, long min, long max) {
		return Math.max(min, Math.min(max, Math.round(value)));
	}

	private static DateTime dateTime(String text) {
		try {
			return new DateTime(Instant.parse(text));
		} catch (DateTimeParseException | NullPointerException e) {
			return DateTime.MIN_DATE_TIME;
		}
	}
}
