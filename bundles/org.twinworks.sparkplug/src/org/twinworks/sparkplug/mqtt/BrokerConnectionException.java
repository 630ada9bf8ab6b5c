// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/** The broker could not be reached or refused us; the message names the broker and the cause. */
public class BrokerConnectionException extends Exception {
	private static final long serialVersionUID = 1L;

	public BrokerConnectionException(String message, Throwable cause) {
		super(message, cause);
	}

	public BrokerConnectionException(String message) {
		super(message);
	}
}
