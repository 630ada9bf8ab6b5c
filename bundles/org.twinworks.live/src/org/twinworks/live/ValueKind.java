// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/**
 * How {@link HistoryRing} keeps a value in 64 bits and gives back the same Java type: doubles and floats by
 * their bits, integers sign-extended, booleans as 0/1; null as a kind of its own; anything else is an OBJECT
 * kept by reference, and WHOLE marks a value kept as its whole {@link SignalValue}.
 */
final class ValueKind {
	static final byte NULL = 0;
	static final byte DOUBLE = 1;
	static final byte FLOAT = 2;
	static final byte LONG = 3;
	static final byte INT = 4;
	static final byte SHORT = 5;
	static final byte BYTE = 6;
	static final byte BOOLEAN = 7;
	static final byte OBJECT = 8;
	static final byte WHOLE = 9;

	private ValueKind() {
	}

	static byte of(Object value) {
		return switch (value) {
		case null -> NULL;
		case Double d -> DOUBLE;
		case Float f -> FLOAT;
		case Long l -> LONG;
		case Integer i -> INT;
		case Short s -> SHORT;
		case Byte b -> BYTE;
		case Boolean b -> BOOLEAN;
		default -> OBJECT;
		};
	}

	/** The 64 bits of a value whose kind is neither OBJECT nor WHOLE. */
	static long bits(Object value) {
		return switch (value) {
		case null -> 0;
		case Double d -> Double.doubleToRawLongBits(d);
		case Float f -> Float.floatToRawIntBits(f);
		case Long l -> l;
		case Integer i -> i;
		case Short s -> s;
		case Byte b -> b;
		case Boolean b -> b ? 1 : 0;
		default -> throw new IllegalArgumentException("not a primitive value: " + value.getClass().getName());
		};
	}

	static Object value(byte kind, long bits) {
		return switch (kind) {
		case NULL -> null;
		case DOUBLE -> Double.longBitsToDouble(bits);
		case FLOAT -> Float.intBitsToFloat((int) bits);
		case LONG -> bits;
		case INT -> (int) bits;
		case SHORT -> (short) bits;
		case BYTE -> (byte) bits;
		case BOOLEAN -> bits != 0;
		default -> throw new IllegalArgumentException("kind " + kind + " has no bits");
		};
	}
}
