// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;

/**
 * Told as checks start and finish and as each step is decided (on the engine's worker threads), e.g. to print a line,
 * save the record or show a step's values.
 */
public interface RunListener {
	RunListener NONE = new RunListener() {
	};

	default void checkStarted(Check check) {
	}

	default void checkFinished(Check check) {
	}

	/**
	 * {@code step} of {@code check} just got its verdict and observed value (pending with a note when it waits), right
	 * after the engine released the record lock: a listener may take the lock to save or read the record.
	 */
	default void stepDecided(Check check, Step step) {
	}
}
