// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OperationLimits;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.NodeDetails;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * Browse and Read services behind {@link org.twinworks.live.AddressSpaceBrowser}: children of one node with the
 * DataType of each variable, and the attributes and analog properties of many nodes in few calls (a model of
 * 20,000 signals is reconciled in tens of calls, not 20,000 round trips).
 */
public final class AddressSpaceReads {
	/**
	 * Nodes per round of calls at most: 5 attribute reads and 2 browse paths each stay under Milo's default
	 * OperationLimits (10,000 reads, 250 translated paths per call) and most servers'. Servers with smaller
	 * OperationLimits get smaller rounds ({@link #chunk()}).
	 */
	static final int CHUNK = 100;
	private static final int READS_PER_NODE = NodeAttributes.READ.length;
	private static final int PATHS_PER_NODE = AnalogProperties.PATHS;

	private final OpcUaClient client;
	private final DataTypeNames typeNames;
	private final AnalogProperties properties;
	private int chunk;

	public AddressSpaceReads(OpcUaClient client) {
		this.client = client;
		this.typeNames = new DataTypeNames(client);
		this.properties = new AnalogProperties(client);
	}

	/** The nodes {@code parent} organizes or has as components and properties (hierarchical references). */
	public List<BrowsedNode> children(String parent) throws UaException, InvalidNodeIdException {
		return children(List.of(parent)).get(0);
	}

	/**
	 * The children of many nodes, in order, in one Browse call per {@link #CHUNK} nodes (and one Read of the
	 * variables' DataTypes): the browse command lists the properties of all the variables of a folder at once.
	 */
	public List<List<BrowsedNode>> children(List<String> parents) throws UaException, InvalidNodeIdException {
		List<List<ReferenceDescription>> found = new ArrayList<>();
		int size = chunk();
		for (int from = 0; from < parents.size(); from += size) {
			found.addAll(browse(parents.subList(from, Math.min(parents.size(), from + size))));
		}
		List<ReferenceDescription> references = new ArrayList<>();
		found.forEach(references::addAll);
		List<NodeId> ids = new ArrayList<>();
		for (ReferenceDescription reference : references) {
			ids.add(reference.getNodeId().toNodeId(client.getNamespaceTable()).orElse(NodeId.NULL_VALUE));
		}
		List<NodeId> types = dataTypes(references, ids);
		typeNames.learn(types);
		List<List<BrowsedNode>> children = new ArrayList<>();
		int i = 0;
		for (List<ReferenceDescription> ofParent : found) {
			List<BrowsedNode> nodes = new ArrayList<>(ofParent.size());
			for (ReferenceDescription reference : ofParent) {
				NodeId id = ids.get(i);
				nodes.add(new BrowsedNode(NodeIdResolver.format(id, client.getNamespaceTable()),
						client.getNamespaceTable().get(id.getNamespaceIndex()), reference.getBrowseName().getName(),
						reference.getDisplayName().getText(), reference.getNodeClass().name(),
						typeNames.name(types.get(i)), ReferenceNames.name(reference.getReferenceTypeId(), client),
						typeDefinition(reference)));
				i++;
			}
			children.add(nodes);
		}
		return children;
	}

	/** One Browse call for a few parents, then BrowseNext for each that has more. */
	private List<List<ReferenceDescription>> browse(List<String> parents) throws UaException, InvalidNodeIdException {
		List<BrowseDescription> browses = new ArrayList<>();
		for (String parent : parents) {
			NodeId parentId = NodeIdResolver.resolve(parent, client.getNamespaceTable());
			browses.add(new BrowseDescription(parentId, BrowseDirection.Forward, NodeIds.HierarchicalReferences, true,
					uint(0), uint(BrowseResultMask.All.getValue())));
		}
		List<BrowseResult> results = client.browse(browses);
		List<List<ReferenceDescription>> found = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			BrowseResult result = results.get(i);
			checkGood(result.getStatusCode().getValue(), parents.get(i));
			List<ReferenceDescription> references = new ArrayList<>();
			addAll(references, result.getReferences());
			ByteString continuation = result.getContinuationPoint();
			while (continuation != null && continuation.isNotNull()) {
				BrowseResult next = client.browseNext(false, List.of(continuation)).getResults()[0];
				checkGood(next.getStatusCode().getValue(), parents.get(i));
				addAll(references, next.getReferences());
				continuation = next.getContinuationPoint();
			}
			found.add(references);
		}
		return found;
	}

	/** Details of each node id, in order; a node id that does not parse or resolve gets a Bad status. */
	public List<NodeDetails> details(List<String> nodeIds) throws UaException {
		List<NodeDetails> all = new ArrayList<>(nodeIds.size());
		int size = chunk();
		for (int from = 0; from < nodeIds.size(); from += size) {
			all.addAll(detailsOfChunk(nodeIds.subList(from, Math.min(nodeIds.size(), from + size))));
		}
		return all;
	}

	private List<NodeDetails> detailsOfChunk(List<String> nodeIds) throws UaException {
		List<NodeId> ids = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		for (String text : nodeIds) {
			try {
				ids.add(NodeIdResolver.resolve(text, client.getNamespaceTable()));
				unresolved.add(null);
			} catch (InvalidNodeIdException | NodeIdResolver.UnknownNamespaceException e) {
				ids.add(NodeId.NULL_VALUE);
				unresolved.add(e.getMessage());
			}
		}
		AttributeId[] attributes = NodeAttributes.READ;
		List<ReadValueId> reads = new ArrayList<>();
		for (NodeId id : ids) {
			for (AttributeId attribute : attributes) {
				reads.add(new ReadValueId(id, uint(attribute.id()), null, QualifiedName.NULL_VALUE));
			}
		}
		DataValue[] results = client.read(0, TimestampsToReturn.Both, reads).getResults();
		List<NodeId> types = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			types.add(
					results[i * attributes.length + NodeAttributes.DATA_TYPE].getValue().getValue() instanceof NodeId t
							? t
							: null);
		}
		typeNames.learn(types);
		AnalogProperties.Found analog = properties.read(ids);
		List<NodeDetails> details = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			details.add(unresolved.get(i) != null
					? NodeDetails.missing(nodeIds.get(i), unresolved.get(i))
					: NodeAttributes.of(nodeIds.get(i), ids.get(i), results, i * attributes.length, client,
							typeNames.name(types.get(i)), analog, i));
		}
		return details;
	}

	private List<NodeId> dataTypes(List<ReferenceDescription> references, List<NodeId> ids) throws UaException {
		List<ReadValueId> reads = new ArrayList<>();
		List<Integer> variables = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			if ("Variable".equals(references.get(i).getNodeClass().name())) {
				variables.add(i);
				reads.add(new ReadValueId(ids.get(i), uint(AttributeId.DataType.id()), null, QualifiedName.NULL_VALUE));
			}
		}
		List<NodeId> types = new ArrayList<>();
		references.forEach(r -> types.add(null));
		int size = chunk() * READS_PER_NODE;
		for (int from = 0; from < reads.size(); from += size) {
			DataValue[] results = client
					.read(0, TimestampsToReturn.Neither, reads.subList(from, Math.min(reads.size(), from + size)))
					.getResults();
			for (int j = 0; j < results.length; j++) {
				Object type = results[j].getValue().getValue();
				types.set(variables.get(from + j), type instanceof NodeId t ? t : null);
			}
		}
		return types;
	}

	/**
	 * Nodes per round that keep every call within the server's OperationLimits (MaxNodesPerRead, ...Browse,
	 * ...TranslateBrowsePathsToNodeIds), read once; a server that publishes none gets {@link #CHUNK}.
	 */
	private int chunk() {
		if (chunk == 0) {
			int size = CHUNK;
			try {
				OperationLimits limits = client.getOperationLimits();
				size = Math.min(size, limit(limits.maxNodesPerRead()) / READS_PER_NODE);
				size = Math.min(size, limit(limits.maxNodesPerTranslateBrowsePathsToNodeIds()) / PATHS_PER_NODE);
				size = Math.min(size, limit(limits.maxNodesPerBrowse()));
			} catch (UaException e) {
				// OperationLimits are optional (Part 5); without them a server takes our default rounds or says so
			}
			chunk = Math.max(1, size);
		}
		return chunk;
	}

	/** 0 (or absent) means no limit, as Part 5 says. */
	private static int limit(Optional<UInteger> limit) {
		long value = limit.map(UInteger::longValue).orElse(0L);
		return value <= 0 || value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
	}

	/** The type definition in {@code nsu=} form; null when the server gave none or one of another server. */
	private String typeDefinition(ReferenceDescription reference) {
		var type = reference.getTypeDefinition();
		if (type == null || type.isNull()) {
			return null;
		}
		return type.toNodeId(client.getNamespaceTable())
				.map(id -> NodeIdResolver.format(id, client.getNamespaceTable())).orElse(null);
	}

	private static void addAll(List<ReferenceDescription> into, ReferenceDescription[] references) {
		if (references != null) {
			into.addAll(List.of(references));
		}
	}

	private static void checkGood(long status, String node) throws UaException {
		if ((status & 0x8000_0000L) != 0) {
			throw new UaException(status, "browsing " + node + " failed: " + MiloValues.statusName(status));
		}
	}
}
