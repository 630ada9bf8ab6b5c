// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.twinworks.logging.LogLevels;

class LogLevelsTest {

	@Test
	void librariesDefaultToWarnAndTwinworksToInfo() {
		LogLevels levels = LogLevels.fromSystemProperties(new Properties());
		assertEquals(Level.WARN, levels.levelFor("org.eclipse.milo.opcua.sdk.client.OpcUaClient"));
		assertEquals(Level.INFO, levels.levelFor("org.twinworks.live.Session"));
	}

	@Test
	void theLongestMatchingPrefixWins() {
		Properties properties = new Properties();
		properties.setProperty("twinworks.log.level", "error");
		properties.setProperty("twinworks.log.level.org.eclipse.milo", "info");
		properties.setProperty("twinworks.log.level.org.eclipse.milo.opcua.stack", "debug");
		LogLevels levels = LogLevels.fromSystemProperties(properties);
		assertEquals(Level.ERROR, levels.levelFor("io.netty.Bootstrap"));
		assertEquals(Level.INFO, levels.levelFor("org.eclipse.milo.opcua.sdk.Client"));
		assertEquals(Level.DEBUG, levels.levelFor("org.eclipse.milo.opcua.stack.Channel"));
		assertEquals(Level.ERROR, levels.levelFor("org.eclipse.milovision.Other"), "prefix must end at a dot");
	}

	@Test
	void anUnknownLevelFallsBackInsteadOfFailing() {
		Properties properties = new Properties();
		properties.setProperty("twinworks.log.level", "loud");
		assertEquals(Level.WARN, LogLevels.fromSystemProperties(properties).levelFor("x.y"));
	}
}
