// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

/** Bad arguments: the message says which, and the usage line follows it. */
public final class UsageException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
