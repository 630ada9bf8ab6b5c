// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;

/**
 * One line of an {@link EventLog}: a frame as it opened ({@code values} captured at its start) or as it closed
 * ({@code end} set, {@code values} captured at its end). The equipment is kept as its tag; values as numbers,
 * booleans or text.
 */
public record LoggedEvent(Kind kind, long id, String source, Severity severity, @Nullable String equipment,
		String message, Instant start, @Nullable Instant end, Map<String, Object> values) {

	/** Whether the line records a frame's opening or its closing. */
	public enum Kind {
		OPEN, CLOSE
	}

	public LoggedEvent {
		values = Map.copyOf(values);
	}
}
