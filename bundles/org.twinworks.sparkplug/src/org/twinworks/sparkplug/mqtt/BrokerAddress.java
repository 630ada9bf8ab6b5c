// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

import java.net.URI;
import java.net.URISyntaxException;

/** Where the broker is: {@code mqtt://host[:port]} (plain TCP, lab mode only) or {@code mqtts://host[:port]} (TLS). */
public record BrokerAddress(boolean tls, String host, int port) {

	public BrokerAddress {
		if (host.isBlank()) {
			throw new IllegalArgumentException("broker host is empty");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("broker port " + port + " outside 1..65535");
		}
	}

	/** Parses {@code mqtt[s]://host[:port]}; the error names the text and what was expected. */
	public static BrokerAddress parse(String text) {
		URI uri;
		try {
			uri = new URI(text.trim());
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("broker '" + text + "' is not a URI: " + e.getMessage(), e);
		}
		String scheme = uri.getScheme();
		if (scheme == null || !(scheme.equals("mqtt") || scheme.equals("mqtts")) || uri.getHost() == null
				|| (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
			throw new IllegalArgumentException("broker '" + text + "': expected mqtt://host:port or mqtts://host:port");
		}
		boolean tls = scheme.equals("mqtts");
		return new BrokerAddress(tls, uri.getHost(), uri.getPort() == -1 ? (tls ? 8883 : 1883) : uri.getPort());
	}

	@Override
	public String toString() {
		return (tls ? "mqtts://" : "mqtt://") + host + ":" + port;
	}
}
