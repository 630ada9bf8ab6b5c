// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

/** The rule for group, edge node and device ids: they become topic levels, so no MQTT separators or wildcards. */
public final class SparkplugNames {

	private SparkplugNames() {
	}

	/** Returns {@code id} or throws naming what is wrong with it; {@code what} says which id (for the message). */
	public static String check(String what, String id) {
		if (id.isEmpty()) {
			throw new IllegalArgumentException(what + " is empty");
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c == '/' || c == '+' || c == '#' || c < 0x20 || c == 0x7f) {
				throw new IllegalArgumentException(what + " '" + id + "' contains '" + printable(c) + "' at " + i
						+ ": Sparkplug ids may not contain '/', '+', '#' or control characters");
			}
		}
		return id;
	}

	private static String printable(char c) {
		return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
	}
}
