// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

/** A step that cannot run here and now (writes not armed, no stimulus, nothing bound); the message says why. */
final class StepBlocked extends Exception {
	private static final long serialVersionUID = 1L;

	StepBlocked(String message) {
		super(message);
	}
}
