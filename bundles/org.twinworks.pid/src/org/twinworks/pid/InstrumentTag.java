// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An ISA-5.1 instrument tag split for its bubble: {@code LT-101} → function letters {@code LT}, loop {@code 101};
 * {@code FIC-301A} → {@code FIC}, {@code 301A}. A tag that does not follow the pattern stays whole on top.
 */
public record InstrumentTag(String functions, String loop) {
	private static final Pattern ISA = Pattern.compile("\\s*([A-Za-z]{1,5})[\\s_-]*(\\d[\\w.-]*)\\s*");

	public static InstrumentTag parse(@Nullable String tag) {
		Matcher m = ISA.matcher(tag == null ? "" : tag);
		if (m.matches()) {
			return new InstrumentTag(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2));
		}
		return new InstrumentTag(tag == null ? "" : tag, "");
	}
}
