// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/** The server's certificate was not trusted and the {@link ServerTrust} answered REJECT. */
public class UntrustedServerException extends LiveConnectionException {
	private static final long serialVersionUID = 1L;
	private final String thumbprint;

	public UntrustedServerException(String message, String thumbprint) {
		super(message);
		this.thumbprint = thumbprint;
	}

	public String thumbprint() {
		return thumbprint;
	}
}
