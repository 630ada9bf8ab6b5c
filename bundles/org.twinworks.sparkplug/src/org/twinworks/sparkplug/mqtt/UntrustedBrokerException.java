// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/** The broker's TLS certificate is neither on our trust list nor pinned by thumbprint: we did not connect. */
public class UntrustedBrokerException extends BrokerConnectionException {
	private static final long serialVersionUID = 1L;
	private final String thumbprint;

	public UntrustedBrokerException(String message, String thumbprint, Throwable cause) {
		super(message, cause);
		this.thumbprint = thumbprint;
	}

	/** The SHA-256 thumbprint of the refused certificate (hex, lower case), to check out of band and pin. */
	public String thumbprint() {
		return thumbprint;
	}
}
