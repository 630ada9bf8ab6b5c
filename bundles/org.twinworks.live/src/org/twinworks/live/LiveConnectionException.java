// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;

/** A connection that was refused on purpose (insecure, untrusted) or failed; the message says what to do. */
public class LiveConnectionException extends IOException {
	private static final long serialVersionUID = 1L;

	public LiveConnectionException(String message) {
		super(message);
	}

	public LiveConnectionException(String message, Throwable cause) {
		super(message, cause);
	}
}
