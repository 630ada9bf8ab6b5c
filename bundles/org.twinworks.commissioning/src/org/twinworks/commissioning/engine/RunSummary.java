// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

/** What a run ended with, counted over the checks it was given. */
public record RunSummary(int passed, int failed, int pending, int blocked, int skipped, boolean cancelled) {

	public int total() {
		return passed + failed + pending + blocked + skipped;
	}
}
