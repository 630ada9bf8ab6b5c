// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import org.twinworks.events.EventFrame;
import org.twinworks.model.Plant;

/**
 * A frame as the workbench shows it: numbered by the workbench ({@code key}, unique across engines and reconnects,
 * where a frame's own id restarts with each engine), the plant it was deduced on, and whether someone acknowledged it.
 */
public record EventEntry(long key, Plant plant, EventFrame frame, boolean acknowledged) {

	/** "open", "closed", with ", acknowledged" once acknowledged. */
	public String stateText() {
		String state = frame.isOpen() ? "open" : "closed";
		return acknowledged ? state + ", acknowledged" : state;
	}
}
