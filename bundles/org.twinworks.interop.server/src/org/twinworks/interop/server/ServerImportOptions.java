// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server;

/**
 * How far a server import reaches below its start node.
 *
 * @param depth    levels below the start node (1: its children only); objects at the last level are read, not
 *                 browsed further
 * @param maxNodes objects and variables met at most; servers can hold millions of nodes
 * @param truncate what happens beyond {@code maxNodes}: false fails the import naming the bound, true keeps what was
 *                 met and says so in a warning
 */
public record ServerImportOptions(int depth, int maxNodes, boolean truncate) {
	public static final int DEFAULT_DEPTH = 10;
	public static final int DEFAULT_MAX_NODES = 100_000;

	public ServerImportOptions {
		if (depth < 1 || maxNodes < 1) {
			throw new IllegalArgumentException("depth and maxNodes must be positive, not " + depth + ", " + maxNodes);
		}
	}

	/** Depth {@value #DEFAULT_DEPTH}, at most {@value #DEFAULT_MAX_NODES} nodes, failing beyond them. */
	public static ServerImportOptions defaults() {
		return new ServerImportOptions(DEFAULT_DEPTH, DEFAULT_MAX_NODES, false);
	}

	public ServerImportOptions withDepth(int value) {
		return new ServerImportOptions(value, maxNodes, truncate);
	}

	public ServerImportOptions withMaxNodes(int value) {
		return new ServerImportOptions(depth, value, truncate);
	}

	public ServerImportOptions truncating(boolean value) {
		return new ServerImportOptions(depth, maxNodes, value);
	}
}
