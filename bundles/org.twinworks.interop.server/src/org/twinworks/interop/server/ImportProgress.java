// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server;

/**
 * What a server import tells while it runs, and how it is stopped: it asks {@link #isCancelled()} before every
 * service call, so a cancelled import stops within one round trip. Called on the importing thread.
 */
public interface ImportProgress {
	/** Reports nothing and never cancels. */
	ImportProgress NONE = new ImportProgress() {
	};

	/** The walk has met {@code nodes} objects and variables so far, browsing level {@code level}. */
	default void browsed(int nodes, int level) {
	}

	/** The attributes of {@code done} of {@code total} nodes are read. */
	default void read(int done, int total) {
	}

	/** True to stop the import: it then throws {@link java.util.concurrent.CancellationException}. */
	default boolean isCancelled() {
		return false;
	}
}
