// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;

/**
 * One event as plant historians keep them: what raised it ({@code source}: a rule's name or a built-in
 * deduction such as {@code drift.cusum}), its severity, the equipment it belongs to, when it started and, once
 * closed, ended, and the values captured at both ends (by signal tag; a signal with no value then is left out:
 * the maps hold no null). Immutable: closing makes a new frame with the same id.
 */
public record EventFrame(long id, String source, Severity severity, @Nullable Equipment equipment, String message,
		Instant start, @Nullable Instant end, Map<String, Object> atStart, Map<String, Object> atEnd) {

	public EventFrame {
		atStart = Map.copyOf(atStart);
		atEnd = Map.copyOf(atEnd);
	}

	public boolean isOpen() {
		return end == null;
	}

	public Optional<Instant> endTime() {
		return Optional.ofNullable(end);
	}

	/** This frame closed at {@code at} with the values then. */
	public EventFrame closedAt(Instant at, Map<String, Object> values) {
		return new EventFrame(id, source, severity, equipment, message, start, at, atStart, values);
	}
}
