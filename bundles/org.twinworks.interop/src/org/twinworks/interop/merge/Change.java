// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

/** One line of an import's diff, as the engineer reads it before applying. */
public sealed interface Change {

	/** Where in the plant, e.g. {@code Signal LT-201.PV at Clear Water/Storage/TK-201/LT-201.PV}. */
	String subject();

	/** The line printed for it, starting with its marker ({@code +}, {@code ~}, {@code >}, {@code -}, {@code !}). */
	String line();

	/** A new element, with how many elements its subtree holds in all. */
	record Added(String subject, int elements) implements Change {
		@Override
		public String line() {
			return "+ " + subject + (elements > 1 ? " (" + elements + " elements)" : "");
		}
	}

	/** A value that changes: old → new. */
	record Updated(String subject, String feature, String oldValue, String newValue) implements Change {
		@Override
		public String line() {
			return "~ " + subject + ": " + feature + " " + oldValue + " → " + newValue;
		}
	}

	/** An element that moves to another parent. */
	record Moved(String subject, String from, String to) implements Change {
		@Override
		public String line() {
			return "> " + subject + ": moves from " + from + " to " + to;
		}
	}

	/** An element the source no longer has. */
	record Removed(String subject, String why) implements Change {
		@Override
		public String line() {
			return "- " + subject + " (" + why + ")";
		}
	}

	/** What the import cannot decide: the element is left as it is. */
	record Conflict(String subject, String why) implements Change {
		@Override
		public String line() {
			return "! " + subject + ": " + why;
		}
	}
}
