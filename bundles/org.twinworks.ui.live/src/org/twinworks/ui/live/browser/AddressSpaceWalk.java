// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveConnectionException;

/**
 * A bounded, cancellable walk of a server's own nodes, breadth first from a node, for search and auto-bind (job
 * threads only). It skips the OPC UA namespace (the Server object and its diagnostics are never a plant's signals)
 * and descends into variables only when asked, a bounded number of levels (a structured value's fields, an
 * AnalogItem's sibling components; never into properties). One Browse call per 100 parents.
 */
final class AddressSpaceWalk {
	static final String UA_NAMESPACE = "http://opcfoundation.org/UA/";
	private static final int BATCH = 100;

	/**
	 * @param found     the nodes kept, in breadth-first order
	 * @param visited   how many nodes were browsed
	 * @param truncated the node limit stopped the walk before the end
	 */
	record Result(List<BrowserNode> found, int visited, boolean truncated) {
	}

	private AddressSpaceWalk() {
	}

	/** Walks below {@code start}, keeping nodes {@code keep} accepts, at most {@code limit} nodes visited. */
	static Result walk(BrowserNode start, Predicate<BrowserNode> keep, int limit, IProgressMonitor monitor)
			throws LiveConnectionException {
		return walk(start, keep, limit, 0, monitor);
	}

	/**
	 * As {@link #walk(BrowserNode, Predicate, int, IProgressMonitor)}, and also below variables, at most
	 * {@code variableDepth} levels under the topmost variable (its HasComponent children, not its properties).
	 */
	static Result walk(BrowserNode start, Predicate<BrowserNode> keep, int limit, int variableDepth,
			IProgressMonitor monitor) throws LiveConnectionException {
		AddressSpaceBrowser browser = start.connection().browser();
		if (browser == null) {
			throw new LiveConnectionException("not connected to " + start.connection().endpoint().getName());
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Browsing " + start.connection().endpoint().getName(), limit);
		List<BrowserNode> found = new ArrayList<>();
		List<BrowserNode> frontier = List.of(start);
		// per frontier node, how many variables deep it is (0 for objects and folders)
		List<Integer> depths = List.of(0);
		int visited = 0;
		while (!frontier.isEmpty()) {
			List<BrowserNode> next = new ArrayList<>();
			List<Integer> nextDepths = new ArrayList<>();
			for (int from = 0; from < frontier.size(); from += BATCH) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				List<BrowserNode> parents = frontier.subList(from, Math.min(frontier.size(), from + BATCH));
				List<List<BrowsedNode>> below = browser.children(parents.stream().map(p -> p.node().nodeId()).toList());
				for (int i = 0; i < parents.size(); i++) {
					for (BrowsedNode child : below.get(i)) {
						if (UA_NAMESPACE.equals(child.namespaceUri())) {
							continue;
						}
						if (visited++ == limit) {
							return new Result(found, limit, true);
						}
						progress.worked(1);
						BrowserNode node = parents.get(i).child(child);
						if (keep.test(node)) {
							found.add(node);
						}
						if (child.isVariable()) {
							int depth = depths.get(from + i) + 1;
							if (depth <= variableDepth && !child.isProperty()) {
								next.add(node);
								nextDepths.add(depth);
							}
						} else if (!"Method".equals(child.nodeClass())) {
							next.add(node);
							nextDepths.add(0);
						}
					}
				}
				progress.subTask(visited + " nodes browsed, " + found.size() + " found");
			}
			frontier = next;
			depths = nextDepths;
		}
		return new Result(found, visited, false);
	}
}
