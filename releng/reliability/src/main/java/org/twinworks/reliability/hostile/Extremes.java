// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.util.SplittableRandom;

/** Values at the edges: what a field of a hostile file holds instead of what its writer put there. */
final class Extremes {
	private static final String[] VALUES = {"NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-1e309", "4.9e-325", "-0",
			"0", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
			"9223372036854775808", "-9223372036854775809", "0x10", "1_000", "١٢", "", " ", "true", "null",
			"#//@nothing.0", "//@equipment.999999", "//@equipment.-1", "//", "#", "/", "%", "%zz", "&amp;amp;", "&lt;",
			"&#0;", "&#x1;", "\u0000", "\uFFFF", "\uD800", "e\u0301", "\u202Etxt", "a\tb\nc", "\\", "\"", "'", "${x}",
			"ns=2;s=", "ns=99999;i=1", "ns=-1;i=-1", "i=4294967296", "g=zzzz", "b=!!", "s=", "1970-01-01T00:00:00Z",
			"+999999999-12-31T23:59:59.999999999Z", "-999999999-01-01T00:00:00Z", "2026-02-30T25:61:61Z", "P1D",
			"http://127.0.0.1:1/x", "urn:", "file:///etc/passwd"};

	private Extremes() {
	}

	static String any(SplittableRandom random) {
		int pick = random.nextInt(VALUES.length + 2);
		if (pick == VALUES.length) {
			return "A".repeat(1 << (4 + random.nextInt(14)));
		}
		if (pick == VALUES.length + 1) {
			return Long.toString(random.nextLong());
		}
		return VALUES[pick];
	}
}
