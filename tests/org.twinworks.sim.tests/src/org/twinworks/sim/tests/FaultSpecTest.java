// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twinworks.sim.FaultSpec;

/** {@code TAG=KIND} as the sim command takes faults: every kind, and bad specs refused naming the spec. */
class FaultSpecTest {

	@Test
	void readsEveryKindWithAndWithoutItsValue() {
		for (String spec : new String[]{"FT-101.PV=stuck", "FT-101.PV=drift", "FT-101.PV=drift:-0.5", "FT-101.PV=spike",
				"FT-101.PV=spike:20", "FT-101.PV=bad", "FT-101.PV=offline", "FCV-101.POS=jam:0.4", "IS-101=notrip",
				"FT-101.PV=STUCK", "XV-201.ZSO=block"}) {
			FaultSpec parsed = FaultSpec.parse(spec);
			assertEquals(spec.substring(0, spec.indexOf('=')), parsed.tag());
			assertEquals(spec, parsed.toString());
		}
		assertEquals("jam", FaultSpec.parse("FCV-101.POS=jam:0.4").kind());
		assertEquals("stuck", FaultSpec.parse("FT-101.PV=STUCK").kind());
		assertEquals("block", FaultSpec.parse("XV-201.ZSO=block").kind());
	}

	@Test
	void refusesBadSpecsNamingThem() {
		for (String bad : new String[]{"FT-101.PV", "FT-101.PV=", "=stuck", "FT-101.PV=melt", "FT-101.PV=jam",
				"FT-101.PV=jam:-0.1", "FT-101.PV=jam:2", "FT-101.PV=drift:fast", "FT-101.PV=spike:NaN",
				"FT-101.PV=bad:1", "XV-201.ZSO=block:1"}) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(bad), bad);
			assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
		}
	}
}
