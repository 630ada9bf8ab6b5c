// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

/** Thrown inside a running check when the run was cancelled; the check stays in progress with what it recorded. */
final class CancelledRun extends Exception {
	private static final long serialVersionUID = 1L;

	CancelledRun() {
		super("the run was cancelled");
	}
}
