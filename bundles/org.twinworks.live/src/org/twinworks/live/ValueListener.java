// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

/**
 * Receives coalesced batches: every change since the previous call, in arrival order, at most once per the
 * interval it was registered with. Never called with an empty batch.
 */
@FunctionalInterface
public interface ValueListener {
	void valuesChanged(List<ValueChange> batch);

	/**
	 * The store forgot everything (a player seeking backwards): drop what was shown; the batches that follow
	 * bring the values as of the new time. Called on the delivery thread, before those batches.
	 */
	default void storeCleared() {
	}
}
