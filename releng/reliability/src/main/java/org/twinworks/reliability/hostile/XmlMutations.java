// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations that know XML: elements swapped, duplicated, deleted or renamed; attributes deleted, duplicated or given
 * extreme values or another attribute's value (an id where a number goes); deep nesting; bytes that are not UTF-8;
 * entity declarations (internal expansions and external ones); odd encodings. The text is handled as ISO-8859-1 so
 * each char is one byte of the file and no mutation decodes or re-encodes what it does not touch.
 */
final class XmlMutations {
	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w:.-]+)=\"([^\"]*)\"");
	private static final Pattern START = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
	private static final String[] BAD_UTF8 = {"\u00C3\u0028", "\u00F8\u0088\u0080\u0080\u0080", "\u00ED\u00A0\u0080",
			"\u00C0\u00AF", "\u00FF", "\u00E2\u0082", "\u0000"};
	private static final String[] ENCODINGS = {"UTF-16", "UTF-32", "ISO-8859-1", "EBCDIC-XYZ", "", "UTF-8\u00A0",
			"windows-1252", "x-nothing"};

	private final SplittableRandom random;

	XmlMutations(SplittableRandom random) {
		this.random = random;
	}

	byte[] mutate(byte[] input) {
		String xml = new String(input, StandardCharsets.ISO_8859_1);
		return mutate(xml).getBytes(StandardCharsets.ISO_8859_1);
	}

	private String mutate(String xml) {
		List<int[]> attributes = spans(ATTRIBUTE, xml, 2);
		List<int[]> starts = spans(START, xml, 1);
		if (attributes.isEmpty() || starts.isEmpty()) {
			return xml + "<" + Extremes.any(random);
		}
		int[] attribute = attributes.get(random.nextInt(attributes.size()));
		int[] start = starts.get(random.nextInt(starts.size()));
		return switch (random.nextInt(13)) {
		case 0, 1, 2 -> replace(xml, attribute[0], attribute[1], escapedExtreme());
		case 3 -> {
			int[] other = attributes.get(random.nextInt(attributes.size()));
			yield replace(xml, attribute[0], attribute[1], xml.substring(other[0], other[1]));
		}
		case 4 -> replace(xml, attribute[0] - nameLength(xml, attribute[0]), attribute[1] + 1, "");
		case 5 -> {
			int from = attribute[0] - nameLength(xml, attribute[0]);
			yield replace(xml, from, from, xml.substring(from, attribute[1] + 1) + " ");
		}
		case 6 -> replace(xml, element(xml, start)[0], element(xml, start)[1], "");
		case 7 -> {
			int[] element = element(xml, start);
			yield replace(xml, element[1], element[1], xml.substring(element[0], element[1]));
		}
		case 8 -> swap(xml, element(xml, start), element(xml, starts.get(random.nextInt(starts.size()))));
		case 9 -> {
			String name = xml.substring(start[0], start[1]);
			int depth = 1 << (4 + random.nextInt(14));
			int at = start[0] - 1;
			yield replace(xml, at, at, ("<" + name + ">").repeat(depth) + ("</" + name + ">").repeat(depth));
		}
		case 10 -> {
			int at = random.nextInt(2) == 0 ? attribute[0] : start[0] - 1;
			yield replace(xml, at, at, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
		}
		case 11 -> entities(xml, attribute);
		default -> declaration(xml, starts);
		};
	}

	private String escapedExtreme() {
		String value = new String(Extremes.any(random).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		return random.nextInt(4) == 0
				? value
				: value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

	/** A DOCTYPE with expanding or external entities before the root, referenced from an attribute. */
	private String entities(String xml, int[] attribute) {
		String doctype = switch (random.nextInt(4)) {
		case 0 -> "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
				+ "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>";
		case 1 -> "<!DOCTYPE r [<!ENTITY f SYSTEM \"file:///etc/hostname\">]>";
		case 2 -> "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/none.dtd\" [<!ENTITY f \"x\">]>";
		default -> "<!DOCTYPE r [<!ENTITY f \"&f;\">]>";
		};
		int prolog = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
		String referenced = replace(xml, attribute[0], attribute[1], "&f;");
		return replace(referenced, prolog, prolog, doctype);
	}

	private String declaration(String xml, List<int[]> starts) {
		return switch (random.nextInt(4)) {
		case 0 ->
			xml.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + ENCODINGS[random.nextInt(ENCODINGS.length)] + "\"");
		case 1 -> "\u00EF\u00BB\u00BF" + xml;
		case 2 -> {
			int[] start = starts.get(random.nextInt(starts.size()));
			yield replace(xml, start[0] - 1, start[0] - 1, "<![CDATA[" + "]]>".repeat(random.nextInt(2)) + "<!--x-->");
		}
		default -> {
			int[] start = starts.get(random.nextInt(starts.size()));
			String other = xml.substring(starts.get(0)[0], starts.get(0)[1]);
			yield replace(xml, start[0], start[1], random.nextInt(2) == 0 ? other : "x:" + other);
		}
		};
	}

	/** The element starting at the tag name {@code start}: to its matching end tag, or the tag alone. */
	private static int[] element(String xml, int[] start) {
		int open = start[0] - 1;
		int close = xml.indexOf('>', start[1]);
		if (close < 0) {
			return new int[]{open, xml.length()};
		}
		if (xml.charAt(close - 1) == '/') {
			return new int[]{open, close + 1};
		}
		String name = xml.substring(start[0], start[1]);
		int end = xml.indexOf("</" + name + ">", close);
		return new int[]{open, end < 0 ? close + 1 : end + name.length() + 3};
	}

	private static String swap(String xml, int[] a, int[] b) {
		if (a[0] > b[0]) {
			return swap(xml, b, a);
		}
		if (a[1] > b[0]) {
			return xml;
		}
		return xml.substring(0, a[0]) + xml.substring(b[0], b[1]) + xml.substring(a[1], b[0])
				+ xml.substring(a[0], a[1]) + xml.substring(b[1]);
	}

	/** The length of ` name="` before a value starting at {@code valueStart}. */
	private static int nameLength(String xml, int valueStart) {
		int at = valueStart - 2;
		while (at > 0 && !Character.isWhitespace(xml.charAt(at))) {
			at--;
		}
		return valueStart - at;
	}

	private static String replace(String text, int from, int to, String with) {
		return text.substring(0, from) + with + text.substring(Math.max(from, to));
	}

	private static List<int[]> spans(Pattern pattern, String text, int group) {
		List<int[]> spans = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find() && spans.size() < 20_000) {
			spans.add(new int[]{matcher.start(group), matcher.end(group)});
		}
		return spans;
	}
}
