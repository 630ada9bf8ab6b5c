// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations that know line- and field-separated text (tag lists, the audit log): lines duplicated, deleted or
 * swapped, a field given an extreme value, separators and quotes added or taken away, a byte-order mark, line ends
 * changed, a very long line. Handled as ISO-8859-1, as {@link XmlMutations}.
 */
final class TextMutations {
	private static final String SEPARATORS = ",;\t|\"\\";

	private final SplittableRandom random;

	TextMutations(SplittableRandom random) {
		this.random = random;
	}

	byte[] mutate(byte[] input) {
		String text = new String(input, StandardCharsets.ISO_8859_1);
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		int at = random.nextInt(lines.size());
		String line = lines.get(at);
		switch (random.nextInt(9)) {
		case 0 -> lines.add(random.nextInt(lines.size() + 1), line);
		case 1 -> lines.remove(at);
		case 2 -> {
			int other = random.nextInt(lines.size());
			lines.set(at, lines.get(other));
			lines.set(other, line);
		}
		case 3, 4 -> lines.set(at, field(line));
		case 5 -> {
			int where = random.nextInt(line.length() + 1);
			char separator = SEPARATORS.charAt(random.nextInt(SEPARATORS.length()));
			lines.set(at, line.substring(0, where) + separator + line.substring(where));
		}
		case 6 -> lines.set(at, line.replace(random.nextInt(2) == 0 ? "," : "\t", ""));
		case 7 -> {
			return (random.nextInt(2) == 0 ? "\u00EF\u00BB\u00BF" + text : text.replace("\n", "\r"))
					.getBytes(StandardCharsets.ISO_8859_1);
		}
		default -> lines.set(at, line + ",".repeat(1 << random.nextInt(16)));
		}
		return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** {@code line} with one of its fields (by any separator) replaced by an extreme value. */
	private String field(String line) {
		char separator = line.indexOf('\t') >= 0 && random.nextInt(2) == 0 ? '\t' : ',';
		String[] fields = line.split(separator == '\t' ? "\t" : ",", -1);
		String value = new String(Extremes.any(random).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		fields[random.nextInt(fields.length)] = random.nextInt(3) == 0 ? "\"" + value + "\"" : value;
		return String.join(String.valueOf(separator), fields);
	}
}
