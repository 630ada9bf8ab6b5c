// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.Severity;
import org.twinworks.model.Equipment;

/** Keeps every frame as it opens and closes, in order: what the rule tests look at instead of an engine. */
final class RuleTestSink implements EventSink {
	final List<EventFrame> opened = new ArrayList<>();
	final List<EventFrame> closed = new ArrayList<>();

	@Override
	public EventFrame open(String source, Severity severity, Equipment equipment, String message, Instant at,
			Map<String, Object> captured) {
		EventFrame frame = new EventFrame(opened.size() + 1, source, severity, equipment, message, at, null, captured,
				Map.of());
		opened.add(frame);
		return frame;
	}

	@Override
	public EventFrame close(EventFrame frame, Instant at, Map<String, Object> captured) {
		EventFrame done = frame.closedAt(at, captured);
		closed.add(done);
		return done;
	}
}
