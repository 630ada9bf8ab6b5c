// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes well-formed XHTML: every text and attribute escaped, and characters XML 1.0 cannot hold (control
 * characters, lone surrogates) replaced, so the report parses as XML whatever an engineer typed.
 */
final class Xhtml {
	private static final int FLUSH_AT = 1 << 16;

	private final Writer sink;
	// an unsynchronised buffer: a Writer takes a lock on every small write
	private final StringBuilder out = new StringBuilder(FLUSH_AT + 4096);

	Xhtml(Writer sink) {
		this.sink = sink;
	}

	/** Hands what is buffered to the writer (done by itself every 64 KiB). */
	void flush() throws IOException {
		sink.append(out);
		out.setLength(0);
	}

	private void flushIfFull() throws IOException {
		if (out.length() >= FLUSH_AT) {
			flush();
		}
	}

	Xhtml raw(String markup) throws IOException {
		out.append(markup);
		flushIfFull();
		return this;
	}

	Xhtml open(String tag) throws IOException {
		out.append('<');
		out.append(tag);
		out.append('>');
		return this;
	}

	/** Opens an element with attributes given as name, value pairs. */
	Xhtml open(String tag, String... attributes) throws IOException {
		out.append('<');
		out.append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			out.append(' ');
			out.append(attributes[i]);
			out.append("=\"");
			escape(attributes[i + 1]);
			out.append('"');
		}
		out.append('>');
		return this;
	}

	Xhtml close(String tag) throws IOException {
		out.append("</").append(tag).append('>');
		flushIfFull();
		return this;
	}

	Xhtml text(String text) throws IOException {
		escape(text);
		return this;
	}

	/** {@code <tag>text</tag>} */
	Xhtml element(String tag, String text) throws IOException {
		open(tag);
		escape(text);
		return close(tag);
	}

	Xhtml element(String tag, String text, String... attributes) throws IOException {
		open(tag, attributes);
		escape(text);
		return close(tag);
	}

	/** A table row of header or data cells. */
	Xhtml row(String cell, String... texts) throws IOException {
		open("tr");
		for (String text : texts) {
			element(cell, text);
		}
		return close("tr");
	}

	private void escape(String text) throws IOException {
		int length = text.length();
		int plain = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			String replacement = replacement(text, i, c);
			if (replacement == null) {
				if (Character.isHighSurrogate(c)) {
					i++; // a valid pair: both halves pass
				}
				continue;
			}
			out.append(text, plain, i);
			out.append(replacement);
			plain = i + 1;
		}
		out.append(text, plain, length);
	}

	private static String replacement(String text, int i, char c) {
		switch (c) {
		case '<' :
			return "&lt;";
		case '>' :
			return "&gt;";
		case '&' :
			return "&amp;";
		case '"' :
			return "&quot;";
		case '\'' :
			return "&#39;";
		case '\t', '\n', '\r' :
			return null;
		default :
			break;
		}
		if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
			return "\uFFFD";
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : "\uFFFD";
		}
		if (Character.isLowSurrogate(c)) {
			return "\uFFFD"; // a low surrogate without its high half (a valid pair is skipped above)
		}
		return null;
	}
}
