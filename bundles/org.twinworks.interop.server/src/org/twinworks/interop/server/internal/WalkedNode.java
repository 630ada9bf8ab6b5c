// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.BrowsedNode;

/** A node the walk met, with the nodes it met below it (in the server's order). */
public final class WalkedNode {
	private final BrowsedNode node;
	private final @Nullable WalkedNode parent;
	private final int level;
	private final List<WalkedNode> children = new ArrayList<>();

	WalkedNode(BrowsedNode node, @Nullable WalkedNode parent, int level) {
		this.node = node;
		this.parent = parent;
		this.level = level;
	}

	public BrowsedNode node() {
		return node;
	}

	public @Nullable WalkedNode parent() {
		return parent;
	}

	/** 0 for the start node, 1 for its children, ... */
	public int level() {
		return level;
	}

	public List<WalkedNode> children() {
		return children;
	}

	public String nodeId() {
		return node.nodeId();
	}

	/** A variable that is a value of its own (a component or organized), not a property of its parent. */
	public boolean isSignalLike() {
		return node.isVariable() && !node.isProperty();
	}
}
