// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.twinworks.interop.server.ImportProgress;
import org.twinworks.interop.server.ServerImportException;
import org.twinworks.interop.server.ServerImportOptions;
import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveConnectionException;

/**
 * Breadth first below a start node: each level's objects are browsed together, {@link #BATCH} parents per Browse
 * call, so a wide server costs a few calls per level rather than one per object. Only objects are browsed further;
 * variables are leaves (their EURange and EngineeringUnits are read with their attributes). The base namespace's own
 * nodes (the Server object, ...) and nodes met twice (servers may organize a node from several folders) are left out.
 */
public final class AddressSpaceWalk {
	static final int BATCH = 100;
	public static final String BASE_NAMESPACE = "http://opcfoundation.org/UA/";

	private final AddressSpaceBrowser browser;
	private final ImportProgress progress;
	private final List<String> warnings;
	private final Set<String> seen = new HashSet<>();
	private int count;

	public AddressSpaceWalk(AddressSpaceBrowser browser, ImportProgress progress, List<String> warnings) {
		this.browser = browser;
		this.progress = progress;
		this.warnings = warnings;
	}

	/** The tree below {@code start} within the options' depth and node bound. */
	public WalkedNode walk(BrowsedNode start, ServerImportOptions options, String server)
			throws LiveConnectionException, ServerImportException {
		WalkedNode root = new WalkedNode(start, null, 0);
		seen.add(start.nodeId());
		List<WalkedNode> frontier = List.of(root);
		for (int level = 1; level <= options.depth() && !frontier.isEmpty(); level++) {
			List<WalkedNode> next = new ArrayList<>();
			for (int from = 0; from < frontier.size(); from += BATCH) {
				List<WalkedNode> parents = frontier.subList(from, Math.min(frontier.size(), from + BATCH));
				checkCancelled();
				List<List<BrowsedNode>> found = browser.children(parents.stream().map(WalkedNode::nodeId).toList());
				for (int i = 0; i < parents.size(); i++) {
					if (!adopt(parents.get(i), found.get(i), level, next, options, start, server)) {
						return root;
					}
				}
				progress.browsed(count, level);
			}
			frontier = next;
		}
		return root;
	}

	/** False when the node bound stopped the walk (with truncation allowed). */
	private boolean adopt(WalkedNode parent, List<BrowsedNode> children, int level, List<WalkedNode> next,
			ServerImportOptions options, BrowsedNode start, String server) throws ServerImportException {
		for (BrowsedNode child : children) {
			if (!(child.isObject() || child.isVariable()) || BASE_NAMESPACE.equals(child.namespaceUri())
					|| !seen.add(child.nodeId())) {
				continue;
			}
			if (count == options.maxNodes()) {
				if (!options.truncate()) {
					throw new ServerImportException(start.nodeId() + " on " + server + " has more than "
							+ options.maxNodes() + " objects and variables within depth " + options.depth()
							+ " (the bound was reached at level " + level
							+ "): start from a node deeper down, import fewer levels, or allow more nodes");
				}
				warnings.add(start.nodeId() + ": stopped after " + options.maxNodes()
						+ " objects and variables (the bound) at level " + level + "; the draft holds only those");
				return false;
			}
			WalkedNode walked = new WalkedNode(child, parent, level);
			parent.children().add(walked);
			count++;
			if (child.isObject()) {
				next.add(walked);
			}
		}
		return true;
	}

	public int count() {
		return count;
	}

	private void checkCancelled() {
		if (progress.isCancelled()) {
			throw new CancellationException("server import cancelled after " + count + " nodes");
		}
	}
}
