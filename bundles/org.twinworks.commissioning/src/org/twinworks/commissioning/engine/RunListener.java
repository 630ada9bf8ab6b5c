// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import org.twinworks.commissioning.record.Check;

/** Told as checks start and finish (on the engine's worker threads), e.g. to print a line or save the record. */
public interface RunListener {
	RunListener NONE = new RunListener() {
	};

	default void checkStarted(Check check) {
	}

	default void checkFinished(Check check) {
	}
}
