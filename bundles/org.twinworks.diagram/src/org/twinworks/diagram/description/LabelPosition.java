// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

/** Where a node's label goes relative to its symbol. */
public enum LabelPosition {
	/** Under the symbol, centred: equipment tags on a P&ID. */
	BELOW,
	/** Inside, centred. */
	CENTER,
	/** Inside, at the top left: container titles. */
	TOP_LEFT, NONE
}
