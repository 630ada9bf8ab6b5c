// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LiveSession;
import org.twinworks.live.internal.FailureText;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.TwinFactory;

/** Failures are told in words a user can act on: the cause named, no Java class names. */
class FailureMessagesTest {
	@TempDir
	Path directory;

	@Test
	void aClosedPortIsReportedAsRefusedWithoutJavaClassNames() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort(); // closed again at once: nothing listens there any more
		}
		Endpoint endpoint = TwinFactory.eINSTANCE.createEndpoint();
		endpoint.setName("closed");
		endpoint.setUrl("opc.tcp://127.0.0.1:" + port + "/nothing");
		endpoint.setSecurityPolicy(SecurityPolicyKind.BEST_AVAILABLE);
		endpoint.setSecurityMode(SecurityModeKind.SIGN_AND_ENCRYPT);
		LiveConnectionException refused = assertThrows(LiveConnectionException.class,
				() -> LiveSession.connect(endpoint, LiveOptions.builder().pkiDirectory(directory).build()));
		String message = refused.getMessage();
		assertTrue(message.contains("connection refused"), message);
		assertTrue(message.contains("127.0.0.1:" + port), "names the endpoint: " + message);
		assertFalse(message.contains("Exception") || message.contains("io.netty") || message.contains("java."),
				message);
	}

	@Test
	void statusCodesAreNamedAndClassNamesLeftOut() {
		assertEquals("Bad_Timeout: The operation timed out.",
				FailureText.of(new UaException(StatusCodes.Bad_Timeout)).replaceAll("\\s+$", ""));
		assertEquals("the channel closed (Bad_ConnectionClosed)",
				FailureText.of(new UaException(StatusCodes.Bad_ConnectionClosed,
						"java.lang.IllegalStateException: the channel closed")));
		assertEquals("bad input", FailureText.of(new IllegalArgumentException("bad input")));
	}
}
