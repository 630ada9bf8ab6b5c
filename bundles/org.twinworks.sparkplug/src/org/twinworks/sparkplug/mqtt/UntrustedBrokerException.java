// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

import java.security.cert.X509Certificate;

import org.jspecify.annotations.Nullable;

/** The broker's TLS certificate is neither on our trust list nor pinned by thumbprint: we did not connect. */
public class UntrustedBrokerException extends BrokerConnectionException {
	private static final long serialVersionUID = 1L;
	private final String thumbprint;
	private final transient @Nullable X509Certificate certificate;

	public UntrustedBrokerException(String message, String thumbprint, Throwable cause) {
		this(message, thumbprint, null, cause);
	}

	public UntrustedBrokerException(String message, String thumbprint, @Nullable X509Certificate certificate,
			Throwable cause) {
		super(message, cause);
		this.thumbprint = thumbprint;
		this.certificate = certificate;
	}

	/** The refused certificate (to keep for the operator's review), when known. */
	public @Nullable X509Certificate certificate() {
		return certificate;
	}

	/** The SHA-256 thumbprint of the refused certificate (hex, lower case), to check out of band and pin. */
	public String thumbprint() {
		return thumbprint;
	}
}
