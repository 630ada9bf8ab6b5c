// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.logging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Milo, Netty and NatTable log through SLF4J: what they say must reach the workspace log. */
class Slf4jToEclipseLogTest {
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	@Test
	void slf4jBindsToTheTwinworksProviderNotTheNopFallback() {
		assertEquals("org.twinworks.logging.EclipseLoggerFactory",
				LoggerFactory.getILoggerFactory().getClass().getName());
	}

	@Test
	void aLibraryWarningArrivesAsAWarningStatusNamedAfterItsLogger() {
		String unique = UUID.randomUUID().toString();
		LoggerFactory.getLogger("org.eclipse.milo.opcua.sdk.client.SessionFsm").warn("connect to {} failed [{}]",
				"opc.tcp://127.0.0.1:4840", unique, new IOException("Connection refused"));

		IStatus status = logged.stream().filter(s -> s.getMessage().contains(unique)).findFirst()
				.orElseThrow(() -> new AssertionError("warning never reached the platform log"));
		assertEquals(IStatus.WARNING, status.getSeverity());
		assertEquals("org.eclipse.milo.opcua.sdk.client.SessionFsm", status.getPlugin());
		assertEquals("connect to opc.tcp://127.0.0.1:4840 failed [" + unique + "]", status.getMessage());
		assertInstanceOf(IOException.class, status.getException());
	}

	@Test
	void libraryInfoIsFilteredWhileOurOwnInfoIsKept() {
		String unique = UUID.randomUUID().toString();
		LoggerFactory.getLogger("io.netty.channel.DefaultChannelPipeline").info("chatter " + unique);
		LoggerFactory.getLogger("org.twinworks.live.Session").info("connected " + unique);

		assertTrue(logged.stream().noneMatch(s -> s.getMessage().equals("chatter " + unique)),
				"library INFO should stay out of the log by default");
		assertTrue(logged.stream().anyMatch(s -> s.getMessage().equals("connected " + unique)),
				"Twinworks INFO should be logged");
	}

	@Test
	void errorsAreWrittenToTheLogFileOnDisk() throws IOException {
		String unique = UUID.randomUUID().toString();
		LoggerFactory.getLogger("org.eclipse.milo.opcua.stack.Test").error("certificate rejected " + unique);

		Path logFile = Platform.getLogFileLocation().toPath();
		assertTrue(Files.exists(logFile), "no log file at " + logFile);
		String content = Files.readString(logFile, StandardCharsets.UTF_8);
		assertTrue(content.contains("certificate rejected " + unique), "log file lacks the message: " + logFile);
		assertTrue(content.contains("!ENTRY org.eclipse.milo.opcua.stack.Test 4"), "entry not marked as error");
	}
}
