// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.jspecify.annotations.Nullable;

/** The end of one guarded write: the outcome, why, and the value read back (null unless it was read). */
public record WriteResult(WriteOutcome outcome, @Nullable String detail, @Nullable Object readBack) {

	public boolean isOk() {
		return outcome == WriteOutcome.OK;
	}
}
