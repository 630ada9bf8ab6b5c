// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import org.jspecify.annotations.Nullable;

/**
 * What one kill left: {@code corruption} says how the file differs from every version it may hold (null when it
 * is one of them); {@code leftoversFromKill} are temporary files the kill left, {@code leftoversAfterOpen} those
 * still there once the file was opened or saved again; {@code tornTail} an append-only file that ends inside a
 * record (allowed: readers skip it).
 */
record Verdict(@Nullable String corruption, boolean unloadable, int leftoversFromKill, int leftoversAfterOpen,
		boolean tornTail) {

	static Verdict corrupt(String why) {
		return new Verdict(why, false, 0, 0, false);
	}
}
