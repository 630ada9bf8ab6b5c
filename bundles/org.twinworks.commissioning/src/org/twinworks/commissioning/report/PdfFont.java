// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A Standard 14 font (WinAnsi encoding, nothing embedded) with what the report needs fast: which characters it can
 * encode, a visible substitute for those it cannot ("≤" prints "<=", CJK "?"), and cached glyph widths for wrapping.
 */
final class PdfFont {
	private static final int CACHED = 0x2200; // WinAnsi's highest character is U+2122 (trade mark)

	final PDType1Font font;
	private final byte[] encodable = new byte[CACHED]; // 0 unknown, 1 yes, 2 no
	private final float[] widths = new float[CACHED];

	PdfFont(Standard14Fonts.FontName name) {
		this.font = new PDType1Font(name);
		Arrays.fill(widths, Float.NaN);
	}

	/** The text with every character this font cannot show replaced; tabs become spaces, line breaks stay. */
	String printable(String text) {
		int i = 0;
		int length = text.length();
		while (i < length && isPlainAscii(text.charAt(i))) {
			i++;
		}
		if (i == length) {
			return text;
		}
		StringBuilder out = new StringBuilder(length + 8).append(text, 0, i);
		while (i < length) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == '\n') {
				out.append('\n');
			} else if (codePoint == '\r') {
				if (i >= length || text.charAt(i) != '\n') {
					out.append('\n');
				}
			} else if (codePoint < CACHED && canEncode(codePoint)) {
				out.append((char) codePoint);
			} else {
				out.append(substitute(codePoint));
			}
		}
		return out.toString();
	}

	private static boolean isPlainAscii(char c) {
		return c >= 0x20 && c < 0x7F;
	}

	private boolean canEncode(int codePoint) {
		if (codePoint < 0x20) {
			return false;
		}
		byte known = encodable[codePoint];
		if (known == 0) {
			known = encodes(codePoint) ? (byte) 1 : (byte) 2;
			encodable[codePoint] = known;
		}
		return known == 1;
	}

	private boolean encodes(int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		} catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

	static String substitute(int codePoint) {
		return switch (codePoint) {
		case '\t', 0xA0, 0x2002, 0x2003, 0x2009, 0x202F -> " ";
		case 0x2264 -> "<=";
		case 0x2265 -> ">=";
		case 0x2260 -> "!=";
		case 0x2248 -> "~";
		case 0x2212, 0x2010, 0x2011 -> "-";
		case 0x2192 -> "->";
		case 0x2190 -> "<-";
		case 0x221E -> "inf";
		case 0x2103 -> "\u00b0C";
		case 0x03BC -> "\u00b5";
		case 0x03A9, 0x2126 -> "Ohm";
		case 0x0394 -> "Delta ";
		case 0x2713, 0x2714 -> "OK";
		default -> "?";
		};
	}

	/** Width in points of printable text. */
	float width(String printable, float size) {
		float total = 0;
		for (int i = 0; i < printable.length(); i++) {
			total += glyphWidth(printable.charAt(i));
		}
		return total * size / 1000f;
	}

	private float glyphWidth(char c) {
		if (c >= CACHED) {
			return 600;
		}
		float width = widths[c];
		if (Float.isNaN(width)) {
			try {
				width = font.getStringWidth(String.valueOf(c));
			} catch (IOException | IllegalArgumentException e) {
				width = 600;
			}
			widths[c] = width;
		}
		return width;
	}

	/** Printable text broken into lines no wider than {@code width}: at spaces, else inside a long word. */
	List<String> wrap(String printable, float size, float width) {
		if (printable.indexOf('\n') < 0 && width(printable, size) <= width) {
			return List.of(printable);
		}
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable.split("\n", -1)) {
			wrapParagraph(paragraph, size, width, lines);
		}
		return lines;
	}

	private void wrapParagraph(String text, float size, float width, List<String> lines) {
		float limit = width * 1000f / size;
		int start = 0;
		while (start < text.length()) {
			float used = 0;
			int lastSpace = -1;
			int i = start;
			while (i < text.length()) {
				float glyph = glyphWidth(text.charAt(i));
				if (used + glyph > limit && i > start) {
					break;
				}
				if (text.charAt(i) == ' ') {
					lastSpace = i;
				}
				used += glyph;
				i++;
			}
			if (i >= text.length()) {
				lines.add(text.substring(start));
				return;
			}
			int end = lastSpace > start ? lastSpace : i;
			lines.add(text.substring(start, end));
			start = end;
			while (start < text.length() && text.charAt(start) == ' ') {
				start++;
			}
		}
		if (text.isEmpty()) {
			lines.add("");
		}
	}
}
