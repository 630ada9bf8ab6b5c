// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.twinworks.live.internal.MiloValues;

/** Status names are looked up per value, so they are cached: the cache must give the same names as the lookup. */
class StatusNameTest {

	@Test
	void goodKnownAndUnknownCodesAreNamedTheSameEveryTime() {
		for (int round = 0; round < 2; round++) {
			assertEquals("Good", MiloValues.statusName(0));
			assertEquals("Bad_NoCommunication", MiloValues.statusName(0x80310000L));
			assertEquals("Uncertain_LastUsableValue", MiloValues.statusName(0x40900000L));
			assertEquals("0x12345678", MiloValues.statusName(0x12345678L));
		}
	}
}
