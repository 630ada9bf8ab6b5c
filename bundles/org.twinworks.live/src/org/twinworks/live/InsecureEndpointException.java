// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

/** Security None, or a password over an unencrypted channel, asked for outside lab mode. */
public class InsecureEndpointException extends LiveConnectionException {
	private static final long serialVersionUID = 1L;

	public InsecureEndpointException(String message) {
		super(message);
	}
}
