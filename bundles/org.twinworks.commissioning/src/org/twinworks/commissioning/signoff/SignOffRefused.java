// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.signoff;

/** A signature or an edit the rules of the record do not allow; the message says which rule and why. */
public final class SignOffRefused extends Exception {
	private static final long serialVersionUID = 1L;

	public SignOffRefused(String message) {
		super(message);
	}
}
