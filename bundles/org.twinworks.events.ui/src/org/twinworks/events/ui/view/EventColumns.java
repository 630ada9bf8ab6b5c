// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.view;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.twinworks.events.EventFrame;
import org.twinworks.events.ui.EventEntry;
import org.twinworks.model.Equipment;

/** The Events view's columns and how each shows an entry. */
final class EventColumns {
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
			.withZone(ZoneId.systemDefault());

	record Column(String header, int width, Function<EventEntry, String> text) {
	}

	static final List<Column> ALL = List.of( //
			new Column("State", 130, EventEntry::stateText), //
			new Column("Severity", 90, e -> e.frame().severity().name()), //
			new Column("Source", 150, e -> e.frame().source()), //
			new Column("Equipment", 110, e -> equipment(e.frame())), //
			new Column("Message", 360, e -> e.frame().message()), //
			new Column("Start", 170, e -> TIME.format(e.frame().start())), //
			new Column("End / duration", 220, EventColumns::end));
	static final int SEVERITY = 1;

	private EventColumns() {
	}

	static String equipment(EventFrame frame) {
		Equipment equipment = frame.equipment();
		if (equipment == null) {
			return "";
		}
		return equipment.getTag() != null ? equipment.getTag() : String.valueOf(equipment.getName());
	}

	private static String end(EventEntry entry) {
		EventFrame frame = entry.frame();
		if (frame.end() == null) {
			return "";
		}
		return TIME.format(frame.end()) + " (" + duration(Duration.between(frame.start(), frame.end())) + ")";
	}

	static String duration(Duration d) {
		long millis = d.toMillis();
		if (millis < 60_000) {
			return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
		}
		return d.toHours() > 0
				? d.toHours() + " h " + d.toMinutesPart() + " min"
				: d.toMinutes() + " min " + d.toSecondsPart() + " s";
	}
}
