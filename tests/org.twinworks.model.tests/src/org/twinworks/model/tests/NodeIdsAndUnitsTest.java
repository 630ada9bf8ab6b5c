// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.model.rules.UneceUnits;

class NodeIdsAndUnitsTest {

	@Test
	void parsesExpandedNodeIdsWithNamespaceUris() throws Exception {
		var parsed = NodeIds.parse("nsu=urn:twinworks:demo;s=TK-101/LT-101.PV");
		assertEquals("urn:twinworks:demo", parsed.namespaceUri());
		assertEquals('s', parsed.identifierType());
		assertEquals("TK-101/LT-101.PV", parsed.identifier());
		assertEquals("http://x.org/UA/;v=1", NodeIds.parse("nsu=http://x.org/UA/;v=1;i=42").namespaceUri());
		assertEquals('g', NodeIds.parse("nsu=urn:a;g=09087e75-8e5e-499b-954f-f2a9603db28a").identifierType());
	}

	@Test
	void refusesNamespaceIndexesAndBrokenIds() {
		assertTrue(assertThrows(NodeIds.InvalidNodeIdException.class, () -> NodeIds.parse("ns=2;s=X")).getMessage()
				.contains("by index"));
		assertThrows(NodeIds.InvalidNodeIdException.class, () -> NodeIds.parse("nsu=;s=X"));
		assertThrows(NodeIds.InvalidNodeIdException.class, () -> NodeIds.parse("nsu=urn:a"));
		assertThrows(NodeIds.InvalidNodeIdException.class, () -> NodeIds.parse("nsu=urn:a;i=99999999999"));
		assertThrows(NodeIds.InvalidNodeIdException.class, () -> NodeIds.parse("nsu=urn:a;g=not-a-guid"));
	}

	@Test
	void unitIdsFollowOpcUaPart8() {
		// 'M' 'T' 'Q' = 0x4D 0x54 0x51
		assertEquals(0x4D5451, UneceUnits.unitId("MTQ"));
		assertEquals(0x5031, UneceUnits.unitId("P1"));
		assertEquals(-1, UneceUnits.unitId(""));
		assertEquals("m³/h", UneceUnits.symbol("MQH"));
	}
}
