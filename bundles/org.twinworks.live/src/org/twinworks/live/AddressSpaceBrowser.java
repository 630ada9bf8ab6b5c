// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.twinworks.live.internal.AddressSpaceReads;
import org.twinworks.live.internal.FailureText;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * Lazy browsing of a connected server's address space, for the browse command and the workbench's OPC UA
 * browser: the children of one node at a time, and the attributes of chosen nodes. Node ids go in and come
 * out in the model's form ({@code nsu=<uri>;s=...}), so a browsed variable can be bound as it is.
 * Get one from {@link LiveSession#browser()}; calls block for one or a few service round trips.
 */
public final class AddressSpaceBrowser {
	/** The Objects folder, where a server's own nodes start. */
	public static final String OBJECTS_FOLDER = "nsu=http://opcfoundation.org/UA/;i=85";

	private final AddressSpaceReads reads;

	AddressSpaceBrowser(AddressSpaceReads reads) {
		this.reads = reads;
	}

	/** The nodes below {@code nodeId} by hierarchical references (Organizes, HasComponent, HasProperty...). */
	public List<BrowsedNode> children(String nodeId) throws LiveConnectionException {
		try {
			return reads.children(nodeId);
		} catch (InvalidNodeIdException | RuntimeException e) {
			throw new LiveConnectionException("cannot browse " + nodeId + ": " + FailureText.of(e), e);
		} catch (UaException e) {
			throw new LiveConnectionException("browsing " + nodeId + " failed: " + FailureText.of(e), e);
		}
	}

	/** The children of each node, in order, in one Browse call per 100 nodes. */
	public List<List<BrowsedNode>> children(List<String> nodeIds) throws LiveConnectionException {
		try {
			return reads.children(nodeIds);
		} catch (InvalidNodeIdException | RuntimeException e) {
			throw new LiveConnectionException("cannot browse " + nodeIds.size() + " nodes: " + FailureText.of(e), e);
		} catch (UaException e) {
			throw new LiveConnectionException("browsing " + nodeIds.size() + " nodes failed: " + FailureText.of(e), e);
		}
	}

	/**
	 * The nodes below {@code start} down to {@code depth} levels, depth first, at most {@code limit} of them.
	 * Objects are browsed one by one; the variables of one parent are browsed together, so their properties
	 * (EURange, EngineeringUnits...) and components cost one call per parent, not one per variable. Properties
	 * are not browsed further (OPC UA gives properties no properties).
	 */
	public BrowseTree tree(String start, int depth, int limit) throws LiveConnectionException {
		if (depth < 1 || limit < 1) {
			throw new IllegalArgumentException("depth and limit must be positive");
		}
		List<BrowseTree.Entry> entries = new ArrayList<>();
		boolean complete = walk(children(start), 1, depth, limit, entries);
		return new BrowseTree(entries, !complete);
	}

	/** False when the limit stopped the walk. */
	private boolean walk(List<BrowsedNode> nodes, int level, int depth, int limit, List<BrowseTree.Entry> entries)
			throws LiveConnectionException {
		boolean deeper = level < depth;
		List<String> variables = new ArrayList<>();
		if (deeper) {
			nodes.stream().filter(n -> n.isVariable() && !n.isProperty()).forEach(n -> variables.add(n.nodeId()));
		}
		List<List<BrowsedNode>> ofVariables = variables.isEmpty() ? List.of() : children(variables);
		int variable = 0;
		for (BrowsedNode node : nodes) {
			if (entries.size() == limit) {
				return false;
			}
			entries.add(new BrowseTree.Entry(level, node));
			if (!deeper || node.isProperty()) {
				continue;
			}
			List<BrowsedNode> below = node.isVariable() ? ofVariables.get(variable++) : children(node.nodeId());
			if (!walk(below, level + 1, depth, limit, entries)) {
				return false;
			}
		}
		return true;
	}

	/** The attributes of one node; a missing node gives details whose {@code status} says why. */
	public NodeDetails details(String nodeId) throws LiveConnectionException {
		return details(List.of(nodeId)).get(0);
	}

	/** The attributes of many nodes in few calls, in the order given. */
	public List<NodeDetails> details(List<String> nodeIds) throws LiveConnectionException {
		try {
			return reads.details(nodeIds);
		} catch (UaException e) {
			throw new LiveConnectionException("reading node attributes failed: " + FailureText.of(e), e);
		}
	}
}
