// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.view;

import java.util.Locale;
import java.util.function.Predicate;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.EventEntry;

/**
 * Which entries the Events view shows: at least a severity, only open ones if asked, and a text found (ignoring
 * case) in the equipment's tag or name or in the frame's source.
 */
public record EventFilter(Severity minimum, boolean openOnly, String text) implements Predicate<EventEntry> {
	public static final EventFilter ALL = new EventFilter(Severity.INFO, false, "");

	@Override
	public boolean test(EventEntry entry) {
		EventFrame frame = entry.frame();
		if (frame.severity().compareTo(minimum) < 0 || openOnly && !frame.isOpen()) {
			return false;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return wanted.isEmpty() || contains(frame.source(), wanted) || contains(EventColumns.equipment(frame), wanted)
				|| frame.equipment() != null && contains(frame.equipment().getName(), wanted);
	}

	private static boolean contains(String text, String wanted) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}
}
