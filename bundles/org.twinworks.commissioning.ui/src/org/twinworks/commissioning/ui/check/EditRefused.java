// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

/** An edit of a check that the record does not allow (approved campaign, signed check, a rule of the practice). */
public final class EditRefused extends Exception {
	private static final long serialVersionUID = 1L;

	public EditRefused(String message) {
		super(message);
	}
}
