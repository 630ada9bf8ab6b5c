// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.server.internal.AddressSpaceWalk;
import org.twinworks.interop.server.internal.DraftBuilder;
import org.twinworks.interop.server.internal.WalkedNode;
import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.NodeDetails;
import org.twinworks.model.Plant;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;

/**
 * Model from a live server: the subtree below a start node of a connected session's server as an
 * {@link ImportDraft}. The walk is breadth first and bounded ({@link ServerImportOptions}); attributes (DataType,
 * ValueRank, AccessLevel, Description) and the EURange, EngineeringUnits and EnumStrings properties are read
 * {@value #READ_BATCH} nodes per round of calls, never one round trip per attribute. Every element carries
 * {@code opcua:} and its node id in {@code nsu=} form as its source identity, as the NodeSet2 importer writes it, so
 * a file and its server update each other's elements.
 *
 * <pre>
 * try (LiveSession session = LiveSession.connect(endpoint, options)) {
 * 	ImportDraft draft = new ServerImporter(session).read("nsu=urn:plant;s=Plant", ServerImportOptions.defaults(),
 * 			ImportProgress.NONE);
 * }
 * </pre>
 */
public final class ServerImporter {
	/** Nodes whose attributes one round of Read calls covers (the browser splits it further by OperationLimits). */
	public static final int READ_BATCH = 500;

	private final LiveSession session;

	public ServerImporter(LiveSession session) {
		this.session = session;
	}

	/**
	 * Reads the subtree below {@code startNodeId} ({@code nsu=<uri>;s=...}, i=, g= or b=).
	 *
	 * @return the draft: scope {@code opcua:nsu=<the start node's namespace>;}, source the endpoint URL and start
	 *         node, warnings for nodes left out (arrays, structures) and for a truncated walk
	 * @throws ServerImportException     when the start node is malformed, missing or not an object, when the walk
	 *                                   meets more nodes than allowed (unless truncating), or the server fails
	 * @throws CancellationException when {@code progress} asked to stop
	 */
	public ImportDraft read(String startNodeId, ServerImportOptions options, ImportProgress progress)
			throws ServerImportException {
		String server = session.endpointUrl();
		try {
			NodeIds.parse(startNodeId);
		} catch (InvalidNodeIdException e) {
			throw new ServerImportException("the start node is not a node id in nsu= form: " + e.getMessage(), e);
		}
		try {
			AddressSpaceBrowser browser = session.browser();
			NodeDetails start = browser.details(startNodeId);
			if (!start.exists()) {
				throw new ServerImportException(
						"the start node " + startNodeId + " does not exist on " + server + " (" + start.status() + ")");
			}
			if (!"Object".equals(start.nodeClass())) {
				throw new ServerImportException("the start node " + startNodeId + " on " + server + " is a "
						+ start.nodeClass() + ": start from an object or a folder");
			}
			List<String> warnings = new ArrayList<>();
			WalkedNode root = new AddressSpaceWalk(browser, progress, warnings).walk(startNode(startNodeId, start),
					options, server);
			Map<String, NodeDetails> details = details(browser, root, start, progress);
			Map<String, String> typeNames = typeNames(browser, root, progress);
			Plant plant = new DraftBuilder(details, typeNames, server, warnings).build(root);
			return new ImportDraft(plant, "opcua:nsu=" + start.namespaceUri() + ";", server + " " + startNodeId,
					warnings);
		} catch (LiveConnectionException e) {
			throw new ServerImportException(
					"importing " + startNodeId + " from " + server + " failed: " + e.getMessage(), e);
		}
	}

	private static BrowsedNode startNode(String nodeId, NodeDetails start) {
		String name = start.browseName() == null ? nodeId : start.browseName();
		return new BrowsedNode(nodeId, String.valueOf(start.namespaceUri()), name, name, "Object", null);
	}

	/** The attributes of every node met, and of the start node, in rounds of {@link #READ_BATCH}. */
	private static Map<String, NodeDetails> details(AddressSpaceBrowser browser, WalkedNode root, NodeDetails start,
			ImportProgress progress) throws LiveConnectionException {
		List<String> ids = new ArrayList<>();
		collect(root, ids);
		ids.remove(0);
		Map<String, NodeDetails> details = new HashMap<>();
		details.put(root.nodeId(), start);
		for (int from = 0; from < ids.size(); from += READ_BATCH) {
			checkCancelled(progress, "after reading " + from + " of " + ids.size() + " nodes");
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + READ_BATCH));
			List<NodeDetails> read = browser.details(batch);
			for (int i = 0; i < batch.size(); i++) {
				details.put(batch.get(i), read.get(i));
			}
			progress.read(from + batch.size(), ids.size());
		}
		return details;
	}

	/** The BrowseNames of the objects' type definitions outside the base namespace (FolderType and kin are none). */
	private static Map<String, String> typeNames(AddressSpaceBrowser browser, WalkedNode root, ImportProgress progress)
			throws LiveConnectionException {
		Set<String> types = new LinkedHashSet<>();
		collectTypes(root, types);
		types.removeIf(type -> type.startsWith("nsu=" + AddressSpaceWalk.BASE_NAMESPACE + ";"));
		Map<String, String> names = new HashMap<>();
		if (types.isEmpty()) {
			return names;
		}
		checkCancelled(progress, "before reading " + types.size() + " types");
		List<String> ids = List.copyOf(types);
		List<NodeDetails> read = browser.details(ids);
		for (int i = 0; i < ids.size(); i++) {
			if (read.get(i).exists() && read.get(i).browseName() != null) {
				names.put(ids.get(i), read.get(i).browseName());
			}
		}
		return names;
	}

	private static void collect(WalkedNode node, List<String> into) {
		into.add(node.nodeId());
		node.children().forEach(child -> collect(child, into));
	}

	private static void collectTypes(WalkedNode node, Set<String> into) {
		if (node.node().isObject() && node.node().typeDefinition() != null) {
			into.add(node.node().typeDefinition());
		}
		node.children().forEach(child -> collectTypes(child, into));
	}

	private static void checkCancelled(ImportProgress progress, String when) {
		if (progress.isCancelled()) {
			throw new CancellationException("server import cancelled " + when);
		}
	}
}
