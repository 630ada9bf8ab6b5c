// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

/** Told of every frame as it opens and as it closes, on the engine's thread. */
public interface EventListener {

	void opened(EventFrame frame);

	void closed(EventFrame frame);
}
