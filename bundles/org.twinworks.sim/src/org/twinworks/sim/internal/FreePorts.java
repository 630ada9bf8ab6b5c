// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free port chosen before the server starts: Milo advertises the configured port, so 0 cannot be passed on. */
public final class FreePorts {

	private FreePorts() {
	}

	public static int pick(String bindAddress) throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(bindAddress))) {
			return socket.getLocalPort();
		}
	}
}
