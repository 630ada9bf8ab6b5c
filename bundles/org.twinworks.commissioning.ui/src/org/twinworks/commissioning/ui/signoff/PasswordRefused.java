// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

/** A signer's password that was wrong, not repeated alike, too short, or asked while locked; the message says which. */
public final class PasswordRefused extends Exception {
	private static final long serialVersionUID = 1L;

	public PasswordRefused(String message) {
		super(message);
	}
}
