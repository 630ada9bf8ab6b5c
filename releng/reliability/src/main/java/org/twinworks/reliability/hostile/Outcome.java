// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import org.jspecify.annotations.Nullable;

/**
 * What one input did to a parser. A defect carries its key (kind + the product frame that threw, what inputs are
 * deduplicated by) and the throwable or the diagnostic that gave it away.
 */
record Outcome(Kind kind, @Nullable String key, @Nullable String detail) {

	enum Kind {
		/** read without an error */
		ACCEPTED,
		/** refused with the parser's own diagnostics, naming the file */
		REFUSED,
		/** anything else: a foreign exception, a diagnostic that does not say where, an OutOfMemoryError */
		DEFECT,
		/** over the watchdog's limit */
		HANG
	}

	static final Outcome ACCEPTED = new Outcome(Kind.ACCEPTED, null, null);
	static final Outcome REFUSED = new Outcome(Kind.REFUSED, null, null);

	static Outcome defect(String key, String detail) {
		return new Outcome(Kind.DEFECT, key, detail);
	}
}
