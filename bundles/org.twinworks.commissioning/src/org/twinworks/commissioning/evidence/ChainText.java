// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The text of a chain line: field escaping and the millisecond UTC time, both strict, so that each value has exactly
 * one spelling on disk (the package documentation is the specification).
 */
final class ChainText {
	static final char SEPARATOR = '\t';
	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private ChainText() {
	}

	static void escape(String value, StringBuilder out) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '\t' -> out.append("\\t");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			default -> {
				if (c < 0x20 || c == 0x7f) {
					out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
				} else {
					out.append(c);
				}
			}
			}
		}
	}

	/** The value of an escaped field; only the escapes {@link #escape} writes are accepted. */
	static String unescape(String field) {
		int slash = field.indexOf('\\');
		if (slash < 0) {
			checkNoControl(field, 0, field.length());
			return field;
		}
		StringBuilder out = new StringBuilder(field.length());
		int from = 0;
		while (slash >= 0) {
			checkNoControl(field, from, slash);
			out.append(field, from, slash);
			if (slash + 1 >= field.length()) {
				throw new IllegalArgumentException("a field ends with a lone backslash");
			}
			char code = field.charAt(slash + 1);
			from = slash + 2;
			switch (code) {
			case '\\' -> out.append('\\');
			case 't' -> out.append('\t');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 'u' -> {
				String hex = field.length() >= slash + 6 ? field.substring(slash + 2, slash + 6) : "";
				if (!hex.matches("00[01][0-9a-f]|007f")) {
					throw new IllegalArgumentException("an escape \\u" + hex + " that the chain never writes");
				}
				char c = (char) Integer.parseInt(hex, 16);
				if (c == '\t' || c == '\n' || c == '\r') {
					throw new IllegalArgumentException("an escape \\u" + hex + " that the chain never writes");
				}
				out.append(c);
				from = slash + 6;
			}
			default -> throw new IllegalArgumentException("an unknown escape \\" + code);
			}
			slash = field.indexOf('\\', from);
		}
		checkNoControl(field, from, field.length());
		out.append(field, from, field.length());
		return out.toString();
	}

	private static void checkNoControl(String field, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = field.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				throw new IllegalArgumentException(String.format("an unescaped control character U+%04X", (int) c));
			}
		}
	}

	/** Rejects what UTF-8 cannot carry (a lone surrogate), so that the hash covers exactly the value kept. */
	static void checkEncodable(String what, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException(
						what + " holds a lone surrogate at " + i + ": not encodable as UTF-8");
			}
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC, always 24 characters. */
	static String formatTime(Instant time) {
		LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
		if (t.getYear() < 0 || t.getYear() > 9999) {
			throw new IllegalArgumentException("a time outside the years 0000-9999: " + time);
		}
		char[] out = new char[24];
		digits(out, 0, t.getYear(), 4);
		out[4] = '-';
		digits(out, 5, t.getMonthValue(), 2);
		out[7] = '-';
		digits(out, 8, t.getDayOfMonth(), 2);
		out[10] = 'T';
		digits(out, 11, t.getHour(), 2);
		out[13] = ':';
		digits(out, 14, t.getMinute(), 2);
		out[16] = ':';
		digits(out, 17, t.getSecond(), 2);
		out[19] = '.';
		digits(out, 20, t.getNano() / 1_000_000, 3);
		out[23] = 'Z';
		return new String(out);
	}

	static Instant parseTime(String text) {
		if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
				|| text.charAt(23) != 'Z') {
			throw new IllegalArgumentException("a time not in the form yyyy-MM-ddTHH:mm:ss.SSSZ: " + text);
		}
		try {
			return LocalDateTime
					.of(numberInt(text, 0, 4), numberInt(text, 5, 2), numberInt(text, 8, 2), numberInt(text, 11, 2),
							numberInt(text, 14, 2), numberInt(text, 17, 2), numberInt(text, 20, 3) * 1_000_000)
					.toInstant(ZoneOffset.UTC);
		} catch (java.time.DateTimeException e) {
			throw new IllegalArgumentException("an impossible time " + text + ": " + e.getMessage(), e);
		}
	}

	/** A record index as written: decimal digits without sign or leading zeros. */
	static long parseIndex(String text) {
		if (text.isEmpty() || text.length() > 18 || (text.length() > 1 && text.charAt(0) == '0')) {
			throw new IllegalArgumentException("an index that is not a plain decimal number: " + text);
		}
		return number(text, 0, text.length());
	}

	static boolean isHash(String text) {
		if (text.length() != 64) {
			return false;
		}
		for (int i = 0; i < 64; i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	static String hex(byte[] bytes) {
		char[] out = new char[bytes.length * 2];
		for (int i = 0; i < bytes.length; i++) {
			out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
			out[2 * i + 1] = HEX[bytes[i] & 0xf];
		}
		return new String(out);
	}

	private static void digits(char[] out, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			out[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	private static int numberInt(String text, int from, int length) {
		return (int) number(text, from, length);
	}

	private static long number(String text, int from, int length) {
		long value = 0;
		for (int i = from; i < from + length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("a digit expected at " + i + " of " + text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
