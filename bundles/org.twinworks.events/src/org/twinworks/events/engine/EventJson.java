// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;

/**
 * An event frame as one JSON line, and back. Lines are bounded: the message and each text value are cut to
 * {@value #MAX_TEXT} characters, at most {@value #MAX_VALUES} captured values are written (the rest are counted
 * in {@code "valuesOmitted"}), so one line stays under about 16 KiB whatever a detector captures.
 */
public final class EventJson {
	static final int MAX_TEXT = 400;
	static final int MAX_VALUES = 32;

	private EventJson() {
	}

	/** The line (without its newline) of {@code frame} as it opened, or, once closed, as it closed. */
	public static String line(EventFrame frame) {
		boolean closing = !frame.isOpen();
		Map<String, Object> values = closing ? frame.atEnd() : frame.atStart();
		StringBuilder out = new StringBuilder(256);
		out.append("{\"event\":\"").append(closing ? "close" : "open").append("\",\"id\":").append(frame.id());
		field(out, "source", frame.source());
		field(out, "severity", frame.severity().name());
		field(out, "equipment", frame.equipment() == null ? null : frame.equipment().getTag());
		field(out, "message", frame.message());
		field(out, "start", frame.start().toString());
		field(out, "end", frame.end() == null ? null : frame.end().toString());
		out.append(",\"values\":{");
		int written = 0;
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			if (written == MAX_VALUES) {
				break;
			}
			if (written++ > 0) {
				out.append(',');
			}
			string(out, entry.getKey());
			out.append(':');
			value(out, entry.getValue());
		}
		out.append('}');
		if (values.size() > MAX_VALUES) {
			out.append(",\"valuesOmitted\":").append(values.size() - MAX_VALUES);
		}
		return out.append('}').toString();
	}

	/** Reads one line; an IllegalArgumentException says what is wrong with it. */
	public static LoggedEvent parse(String line) {
		Map<String, Object> object = new Parser(line).document();
		String event = text(object, "event");
		LoggedEvent.Kind kind = switch (event) {
		case "open" -> LoggedEvent.Kind.OPEN;
		case "close" -> LoggedEvent.Kind.CLOSE;
		default -> throw new IllegalArgumentException("\"event\" is \"" + event + "\", not open or close");
		};
		if (!(object.get("id") instanceof Number id)) {
			throw new IllegalArgumentException("\"id\" must be a number");
		}
		Severity severity;
		try {
			severity = Severity.valueOf(text(object, "severity"));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown severity " + object.get("severity"));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		if (object.get("values") instanceof Map<?, ?> map) {
			// a null captured value cannot be kept in a frame's map: it is left out
			map.forEach((k, v) -> {
				if (v != null) {
					values.put((String) k, v);
				}
			});
		}
		Object end = object.get("end");
		Object equipment = object.get("equipment");
		return new LoggedEvent(kind, id.longValue(), text(object, "source"), severity,
				equipment instanceof String s ? s : null, text(object, "message"), time(text(object, "start")),
				end instanceof String s ? time(s) : null, values);
	}

	private static String text(Map<String, Object> object, String key) {
		if (!(object.get(key) instanceof String s)) {
			throw new IllegalArgumentException("\"" + key + "\" must be a string");
		}
		return s;
	}

	private static Instant time(String text) {
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a time: " + text);
		}
	}

	private static void field(StringBuilder out, String key, @Nullable String value) {
		out.append(',');
		string(out, key);
		out.append(':');
		if (value == null) {
			out.append("null");
		} else {
			string(out, value);
		}
	}

	private static void value(StringBuilder out, Object value) {
		switch (value) {
		case Boolean b -> out.append(b);
		case Double d when d.isNaN() || d.isInfinite() -> string(out, d.toString());
		case Float f when f.isNaN() || f.isInfinite() -> string(out, f.toString());
		case Number n -> out.append(n);
		default -> string(out, value.toString());
		}
	}

	private static void string(StringBuilder out, String text) {
		String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
		out.append('"');
		for (int i = 0; i < cut.length(); i++) {
			char c = cut.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	/** Just enough JSON for these lines: objects, strings, numbers, booleans and null. */
	private static final class Parser {
		private final String text;
		private int at;

		Parser(String text) {
			this.text = text;
		}

		Map<String, Object> document() {
			Map<String, Object> object = object();
			space();
			if (at != text.length()) {
				throw error("text after the object");
			}
			return object;
		}

		private Map<String, Object> object() {
			expect('{');
			Map<String, Object> object = new LinkedHashMap<>();
			space();
			if (peek() == '}') {
				at++;
				return object;
			}
			while (true) {
				space();
				String key = string();
				space();
				expect(':');
				object.put(key, value());
				space();
				if (peek() == ',') {
					at++;
				} else {
					expect('}');
					return object;
				}
			}
		}

		private @Nullable Object value() {
			space();
			char c = peek();
			if (c == '{') {
				return object();
			}
			if (c == '"') {
				return string();
			}
			if (text.startsWith("true", at)) {
				at += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", at)) {
				at += 5;
				return Boolean.FALSE;
			}
			if (text.startsWith("null", at)) {
				at += 4;
				return null;
			}
			int from = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			String number = text.substring(from, at);
			try {
				if (number.matches("-?\\d+")) {
					return Long.parseLong(number);
				}
				return Double.parseDouble(number);
			} catch (NumberFormatException e) {
				throw error("expected a value");
			}
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				if (at >= text.length()) {
					throw error("unterminated string");
				}
				char c = text.charAt(at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				if (at >= text.length()) {
					throw error("unterminated string");
				}
				char escaped = text.charAt(at++);
				switch (escaped) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (at + 4 > text.length()) {
						throw error("short \\u escape");
					}
					try {
						out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					} catch (NumberFormatException e) {
						throw error("bad \\u escape");
					}
					at += 4;
				}
				default -> out.append(escaped);
				}
			}
		}

		private void space() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

		private char peek() {
			if (at >= text.length()) {
				throw error("unexpected end");
			}
			return text.charAt(at);
		}

		private void expect(char c) {
			if (peek() != c) {
				throw error("expected '" + c + "'");
			}
			at++;
		}

		private IllegalArgumentException error(String what) {
			return new IllegalArgumentException(what + " at column " + (at + 1));
		}
	}
}
