// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

/**
 * Part of an address space below a starting node, depth first (a node's children right after it), as
 * {@link AddressSpaceBrowser#tree} walked it.
 *
 * @param entries   the nodes met, each with its level (1 for the starting node's children)
 * @param truncated true when the walk stopped at its node limit
 */
public record BrowseTree(List<Entry> entries, boolean truncated) {

	public BrowseTree {
		entries = List.copyOf(entries);
	}

	/** One node of the tree and its level below the starting node. */
	public record Entry(int level, BrowsedNode node) {
	}
}
