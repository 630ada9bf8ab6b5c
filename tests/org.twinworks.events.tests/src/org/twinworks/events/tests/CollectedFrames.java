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

/** An event sink that keeps every frame as opened and as closed, numbering them as the engine would. */
public final class CollectedFrames implements EventSink {
	public final List<EventFrame> opened = new ArrayList<>();
	public final List<EventFrame> closed = new ArrayList<>();

	@Override
	public synchronized EventFrame open(String source, Severity severity, Equipment equipment, String message,
			Instant at, Map<String, Object> captured) {
		EventFrame frame = new EventFrame(opened.size() + 1, source, severity, equipment, message, at, null, captured,
				Map.of());
		opened.add(frame);
		return frame;
	}

	@Override
	public synchronized EventFrame close(EventFrame frame, Instant at, Map<String, Object> captured) {
		if (!frame.isOpen() || closed.stream().anyMatch(c -> c.id() == frame.id())) {
			throw new IllegalStateException("closed twice: " + frame);
		}
		EventFrame done = frame.closedAt(at, captured);
		closed.add(done);
		return done;
	}

	public synchronized List<EventFrame> openedBy(String source) {
		return opened.stream().filter(f -> f.source().equals(source)).toList();
	}

	public synchronized List<EventFrame> closedBy(String source) {
		return closed.stream().filter(f -> f.source().equals(source)).toList();
	}

	public synchronized List<EventFrame> stillOpen() {
		return opened.stream().filter(f -> closed.stream().noneMatch(c -> c.id() == f.id())).toList();
	}

	public synchronized List<EventFrame> openedSnapshot() {
		return List.copyOf(opened);
	}

	public synchronized List<EventFrame> closedSnapshot() {
		return List.copyOf(closed);
	}
}
