// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import org.twinworks.model.Signal;

/** Fills the I/O list's live columns (value, quality, source time, age) from another layer (the live side). */
public interface LiveColumns {
	int VALUE = 0;
	int QUALITY = 1;
	int SOURCE_TIME = 2;
	int AGE = 3;

	/** What live column {@code column} (0 to 3, as above) shows for {@code signal}; empty when nothing is known. */
	Object cell(Signal signal, int column);

	/** The table is disposed: stop telling it to repaint. */
	default void dispose() {
	}
}
