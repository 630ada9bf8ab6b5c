// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

/** Hears a {@link LiveModel}'s updates on the UI thread, at most once per frame. */
@FunctionalInterface
public interface LiveModelListener {
	void liveChanged(LiveUpdate update);
}
