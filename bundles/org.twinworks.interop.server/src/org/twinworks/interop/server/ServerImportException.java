// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server;

/** Why a server import could not produce a draft: the message names the server and the node. */
public final class ServerImportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ServerImportException(String message) {
		super(message);
	}

	public ServerImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
