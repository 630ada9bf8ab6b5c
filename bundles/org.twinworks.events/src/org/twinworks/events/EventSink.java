// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;

/** Where detectors open and close their event frames; the engine numbers them and tells its listeners. */
public interface EventSink {

	EventFrame open(String source, Severity severity, @Nullable Equipment equipment, String message, Instant at,
			Map<String, Object> captured);

	EventFrame close(EventFrame frame, Instant at, Map<String, Object> captured);
}
