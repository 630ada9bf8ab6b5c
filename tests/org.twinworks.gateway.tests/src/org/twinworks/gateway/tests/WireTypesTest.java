// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.ScalarType;
import org.twinworks.model.SignalDataType;

/** The one type mapping the gateway and the Sparkplug source share covers every data type a signal can have. */
class WireTypesTest {

	@Test
	void everySignalDataTypeHasAWireType() {
		for (SignalDataType type : SignalDataType.values()) {
			assertEquals(type.name(), ScalarType.named(type.name()).name(), "mapped by name: " + type);
		}
		assertEquals(SignalDataType.values().length, ScalarType.values().length, "no type the model does not have");
		assertEquals(DataType.INT32, ScalarType.named("ENUMERATION").wireType());
		assertEquals(DataType.UINT32, ScalarType.named("UINT32").wireType());
		assertEquals(DataType.DATETIME, ScalarType.named("DATE_TIME").wireType());
		assertThrows(IllegalArgumentException.class, () -> ScalarType.named("DECIMAL"));
	}

	@Test
	void liveValuesBecomeWhatTheWireTypeCarries() {
		assertEquals(2.5f, DataType.FLOAT.wireValue(2.5d));
		assertEquals(7L, DataType.UINT16.wireValue(7));
		assertEquals(1_000L, DataType.DATETIME.wireValue(Instant.ofEpochMilli(1_000)));
		assertEquals("42", DataType.STRING.wireValue(42));
		assertNull(DataType.BOOLEAN.wireValue(1), "a number is no boolean: a null metric");
		assertNull(DataType.DOUBLE.wireValue(null));
	}
}
