// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.jspecify.annotations.Nullable;

/**
 * Takes a recording as batches of primitive columns ({@link Recording#streamColumns}): each signal is declared
 * once, before the first batch that uses its id, then batches follow in arrival order.
 */
public interface ColumnConsumer {
	/** Signal {@code id} of the recording is this endpoint's node and tag; ids count up from 0 in a file. */
	default void declared(int id, String endpoint, @Nullable String nodeId, @Nullable String tag) {
	}

	/**
	 * One batch of values. The columns are reused for the next batch: read them here, keep nothing of them but
	 * what {@link RecordedColumns#recordedValue} or {@link RecordedColumns#value} gives.
	 */
	void accept(RecordedColumns columns);
}
