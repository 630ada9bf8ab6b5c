// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where values of one attribute appear in an XML file, by line: EMF keeps no line numbers for the objects it
 * loads, so a problem found after loading (a duplicate id, a view whose element is gone) is placed by the value
 * that identifies it in the text.
 */
public final class AttributeLines {
	private AttributeLines() {
	}

	/** For each of {@code values}, the 1-based lines where {@code attribute="value"} occurs, in file order. */
	public static Map<String, List<Integer>> of(Path file, String attribute, Set<String> values) {
		if (values.isEmpty()) {
			return Map.of();
		}
		String opening = attribute + "=\"";
		Map<String, List<Integer>> lines = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(file)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				int at = line.indexOf(opening);
				while (at >= 0) {
					int start = at + opening.length();
					int end = line.indexOf('"', start);
					if (end < 0) {
						break;
					}
					boolean attributeStart = at == 0 || Character.isWhitespace(line.charAt(at - 1));
					String value = line.substring(start, end);
					if (attributeStart && values.contains(value)) {
						lines.computeIfAbsent(value, key -> new ArrayList<>()).add(number);
					}
					at = line.indexOf(opening, end);
				}
			}
		} catch (IOException | RuntimeException e) {
			return Map.of(); // the problems are still reported, without lines
		}
		return lines;
	}

	/** The first line of {@code value}, or 0. */
	public static int first(Map<String, List<Integer>> lines, String value) {
		List<Integer> at = lines.get(value);
		return at == null || at.isEmpty() ? 0 : at.get(0);
	}
}
