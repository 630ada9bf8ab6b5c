// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;

/** Every frame an engine tells of, in the order opened, each as it is last known (closed or still open). */
public final class FramesInOrder implements EventListener {
	private final Map<Long, EventFrame> frames = new LinkedHashMap<>();

	@Override
	public void opened(EventFrame frame) {
		frames.put(frame.id(), frame);
	}

	@Override
	public void closed(EventFrame frame) {
		frames.put(frame.id(), frame);
	}

	public List<EventFrame> frames() {
		return new ArrayList<>(frames.values());
	}
}
