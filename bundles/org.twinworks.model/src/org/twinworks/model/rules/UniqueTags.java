// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Picks the next free tag the way engineers number them: P-101 taken gives P-102, PUMP gives PUMP-1. */
public final class UniqueTags {
	private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

	private UniqueTags() {
	}

	public static @Nullable String nextFree(@Nullable String tag, Set<String> used) {
		if (tag == null || tag.isBlank() || !used.contains(tag)) {
			return tag;
		}
		Matcher m = TRAILING_NUMBER.matcher(tag);
		if (m.matches()) {
			String prefix = m.group(1);
			int width = m.group(2).length();
			java.math.BigInteger n = new java.math.BigInteger(m.group(2)); // tags may carry any number of digits
			String candidate;
			do {
				n = n.add(java.math.BigInteger.ONE);
				String digits = n.toString();
				candidate = prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
			} while (used.contains(candidate));
			return candidate;
		}
		int n = 1;
		while (used.contains(tag + "-" + n)) {
			n++;
		}
		return tag + "-" + n;
	}
}
