// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.twinworks.events.EventFrame;
import org.twinworks.model.Equipment;

/**
 * A frame as it is known again after a restart (when its in-memory id and the workbench's key are new): what raised
 * it, what it is about (its equipment's tag, else its message) and when it started. A replay's frames and a live
 * frame detected again from the same data time have the same identity.
 */
public record FrameIdentity(String source, String subject, Instant start) {
	private static final char SEPARATOR = '\t';

	public FrameIdentity {
		if (source.indexOf(SEPARATOR) >= 0 || subject.indexOf(SEPARATOR) >= 0 || source.indexOf('\n') >= 0
				|| subject.indexOf('\n') >= 0) {
			// kept on one line of the acknowledgements file: tabs and line ends would split it
			source = source.replace('\t', ' ').replace('\n', ' ');
			subject = subject.replace('\t', ' ').replace('\n', ' ');
		}
	}

	public static FrameIdentity of(EventFrame frame) {
		Equipment equipment = frame.equipment();
		String subject = equipment == null
				? frame.message()
				: equipment.getTag() != null ? equipment.getTag() : String.valueOf(equipment.getName());
		return new FrameIdentity(frame.source(), subject, frame.start());
	}

	/** One line of the acknowledgements file: start, source and subject separated by tabs. */
	String line() {
		return start + "\t" + source + "\t" + subject;
	}

	/** The identity a {@link #line()} wrote. */
	static FrameIdentity parse(String line) {
		String[] parts = line.split("\t", 3);
		if (parts.length != 3 || parts[1].isEmpty()) {
			throw new IllegalArgumentException("expected <start> TAB <source> TAB <subject>");
		}
		try {
			return new FrameIdentity(parts[1], parts[2], Instant.parse(parts[0]));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("the start is not an ISO-8601 instant: " + parts[0]);
		}
	}
}
