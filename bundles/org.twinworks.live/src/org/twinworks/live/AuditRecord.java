package org.twinworks.live;

import java.time.Instant;

/**
 * One write attempt as the audit log keeps it. {@code oldValue} is the value read before the write (null when
 * refused before reading); {@code detail} the reason or the server's status.
 */
public record AuditRecord(Instant time, String user, String endpoint, String nodeId, String tag, Object oldValue,
		Object newValue, WriteOutcome outcome, String detail) {

	private static final String SEPARATOR = "\t";

	/** One line, tab-separated; tabs and line breaks inside fields are escaped so a record stays one line. */
	public String toLine() {
		return String.join(SEPARATOR, time.toString(), field(user), field(endpoint), field(nodeId), field(tag),
				field(oldValue), field(newValue), outcome.name(), field(detail));
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
