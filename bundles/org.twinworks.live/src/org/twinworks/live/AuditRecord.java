// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One write attempt as the audit log keeps it. {@code oldValue} is the value read before the write (null when
 * refused before reading); {@code detail} the reason or the server's status.
 */
public record AuditRecord(Instant time, @Nullable String user, @Nullable String endpoint, @Nullable String nodeId,
		@Nullable String tag, @Nullable Object oldValue, @Nullable Object newValue, WriteOutcome outcome,
		@Nullable String detail) {

	private static final String SEPARATOR = "\t";

	/** One line, tab-separated; tabs and line breaks inside fields are escaped so a record stays one line. */
	public String toLine() {
		return String.join(SEPARATOR, time.toString(), field(user), field(endpoint), field(nodeId), field(tag),
				field(oldValue), field(newValue), outcome.name(), field(detail));
	}

	/**
	 * A record read back from a line written by {@link #toLine}; values come back as text (the trail keeps what
	 * was shown, not the types), empty fields as null.
	 *
	 * @throws IllegalArgumentException when the line is not such a record (e.g. torn by a crash)
	 */
	public static AuditRecord parse(String line) {
		String[] f = fieldsOf(line);
		if (f.length != 9) {
			throw new IllegalArgumentException("an audit line has 9 fields, not " + f.length);
		}
		try {
			return new AuditRecord(Instant.parse(f[0]), orNull(f[1]), orNull(f[2]), orNull(f[3]), orNull(f[4]),
					orNull(f[5]), orNull(f[6]), WriteOutcome.valueOf(f[7]), orNull(f[8]));
		} catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("not an audit time: " + f[0], e);
		}
	}

	private static @Nullable String orNull(String field) {
		return field.isEmpty() ? null : field;
	}

	/** The fields of a line written by {@link #toLine}, still as text. */
	public static String[] fieldsOf(String line) {
		String[] fields = line.split(SEPARATOR, -1);
		for (int i = 0; i < fields.length; i++) {
			fields[i] = unescape(fields[i]);
		}
		return fields;
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char n = text.charAt(++i);
				out.append(switch (n) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> n;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
