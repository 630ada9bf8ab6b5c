// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/**
 * The OPC UA scalar types a twin's signal can have, named as the model names them, and the Sparkplug type each
 * travels as: the one mapping the gateway (publishing) and the Sparkplug source (reading, writing) share. This
 * bundle does not see the model: callers go by name ({@link #named}).
 */
public enum ScalarType {
	BOOLEAN(DataType.BOOLEAN), SBYTE(DataType.INT8), BYTE(DataType.UINT8), INT16(DataType.INT16), UINT16(
			DataType.UINT16), INT32(DataType.INT32), UINT32(DataType.UINT32), INT64(DataType.INT64), UINT64(
					DataType.UINT64), FLOAT(DataType.FLOAT), DOUBLE(
							DataType.DOUBLE), STRING(DataType.STRING), DATE_TIME(DataType.DATETIME),
	/** An OPC UA Enumeration is an Int32 on the wire. */
	ENUMERATION(DataType.INT32);

	private final DataType wireType;

	ScalarType(DataType wireType) {
		this.wireType = wireType;
	}

	public DataType wireType() {
		return wireType;
	}

	/** The type named {@code name} (a model data type's name); IllegalArgumentException naming it when unknown. */
	public static ScalarType named(String name) {
		try {
			return valueOf(name);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("no Sparkplug mapping for the data type " + name, e);
		}
	}
}
