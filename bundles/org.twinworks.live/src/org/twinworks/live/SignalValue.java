// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One value of a signal as the server reported it: the value (Java boxed type, or null), the OPC UA status
 * code and its name, and the source and server timestamps (null when the server sent none).
 */
public record SignalValue(@Nullable Object value, long statusCode, String status, @Nullable Instant sourceTime,
		@Nullable Instant serverTime) {

	/** OPC UA severity bits 00: Good. Uncertain and Bad are not good. */
	public boolean isGood() {
		return (statusCode & 0xC000_0000L) == 0;
	}

	public boolean isBad() {
		return (statusCode & 0x8000_0000L) != 0;
	}
}
