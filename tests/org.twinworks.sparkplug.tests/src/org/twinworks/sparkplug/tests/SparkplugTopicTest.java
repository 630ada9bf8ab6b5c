// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.MessageType;
import org.twinworks.sparkplug.SparkplugTopic;

class SparkplugTopicTest {

	@Test
	void parsesAndBuildsDeviceAndNodeTopics() {
		SparkplugTopic data = SparkplugTopic.parse("spBv1.0/Plant A/DDATA/gateway-1/Pump P-101");
		assertEquals(new EdgeNodeId("Plant A", "gateway-1"), data.node());
		assertEquals(MessageType.DDATA, data.type());
		assertEquals(new DeviceId(data.node(), "Pump P-101"), data.deviceId());
		assertEquals("spBv1.0/Plant A/DDATA/gateway-1/Pump P-101", data.text());

		SparkplugTopic birth = SparkplugTopic.node(new EdgeNodeId("g", "n"), MessageType.NBIRTH);
		assertEquals("spBv1.0/g/NBIRTH/n", birth.text());
		assertNull(birth.deviceId());
		assertEquals(birth, SparkplugTopic.parse(birth.text()));
	}

	@Test
	void rejectsTopicsThatAreNotSparkplugWithTheTopicInTheMessage() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> SparkplugTopic.parse("spAv1.0/g/NBIRTH/n"))
				.getMessage().contains("spAv1.0/g/NBIRTH/n"));
		assertThrows(IllegalArgumentException.class, () -> SparkplugTopic.parse("spBv1.0/g/NBIRTH"));
		assertThrows(IllegalArgumentException.class, () -> SparkplugTopic.parse("spBv1.0/g/NOPE/n"));
		assertThrows(IllegalArgumentException.class, () -> SparkplugTopic.parse("spBv1.0/g/DDATA/n"));
		assertThrows(IllegalArgumentException.class, () -> SparkplugTopic.parse("spBv1.0/g/NDATA/n/d"));
		assertThrows(IllegalArgumentException.class, () -> SparkplugTopic.parse("spBv1.0//NDATA/n"));
	}

	@Test
	void rejectsIdsWithSeparatorsWildcardsOrControlCharacters() {
		for (String bad : new String[]{"", "a/b", "a+b", "a#", "tab\there"}) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> new EdgeNodeId("group", bad));
			assertTrue(e.getMessage().contains("edge node id"), e.getMessage());
		}
		assertThrows(IllegalArgumentException.class, () -> new EdgeNodeId("g", "n").device("x/y"));
	}
}
