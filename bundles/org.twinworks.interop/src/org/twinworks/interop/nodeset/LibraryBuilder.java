// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Adds ordered files to a copy of a library: namespace indices remapped, aliases resolved, duplicates and references
 * to missing nodes refused. The library it started from is never touched, so a failure adds nothing.
 */
final class LibraryBuilder {
	private final List<String> namespaces;
	private final Map<String, Integer> namespaceIndex = new HashMap<>();
	private final Map<UaNodeId, UaNode> nodes;
	private final Map<UaNodeId, List<UaReference>> references;
	private final Map<String, NodeSetLibrary.LoadedModel> models;
	/** Lists already copied from the previous library (copy on write keeps the previous library intact). */
	private final Set<UaNodeId> owned = new HashSet<>();
	private final Set<UaNodeId> previous;

	LibraryBuilder(List<String> namespaces, Map<UaNodeId, UaNode> nodes, Map<UaNodeId, List<UaReference>> references,
			Map<String, NodeSetLibrary.LoadedModel> models) {
		this.namespaces = new ArrayList<>(namespaces);
		for (int i = 0; i < namespaces.size(); i++) {
			namespaceIndex.put(namespaces.get(i), i);
		}
		this.nodes = new HashMap<>(nodes);
		this.references = new HashMap<>(references);
		this.models = new LinkedHashMap<>(models);
		this.previous = nodes.keySet();
	}

	NodeSetLibrary build() {
		return new NodeSetLibrary(namespaces, nodes, references, models);
	}

	/** Adds files in their order; references are checked once all are in, so files may point at each other. */
	void add(List<NodeSetFile> files) throws NodeSetException {
		List<Pending> pending = new ArrayList<>();
		for (NodeSetFile file : files) {
			FileIds ids = new FileIds(file, indexTable(file));
			for (RawNode raw : file.nodes()) {
				UaNodeId id = ids.resolve(raw.nodeId(), raw.line());
				UaNode existing = nodes.get(id);
				if (existing != null) {
					throw new NodeSetException(file.name(), raw.line(), raw.column(), "duplicate NodeId " + raw.nodeId()
							+ " (" + nsu(id) + "): already declared at " + existing.file() + ":" + existing.line(),
							null);
				}
				nodes.put(id, node(raw, id, ids));
				pending.add(new Pending(raw, id, ids));
			}
			for (ModelInfo model : LoadOrder.provided(file)) {
				models.put(model.modelUri(), new NodeSetLibrary.LoadedModel(model, file.name()));
			}
		}
		Set<EdgeKey> seen = new HashSet<>();
		for (Pending p : pending) {
			for (RawReference raw : p.raw.references()) {
				UaNodeId type = p.ids.resolve(raw.referenceType(), p.raw.line());
				UaNodeId target = p.ids.resolve(raw.target(), p.raw.line());
				requireNode(p, type, "reference type");
				requireNode(p, target, "reference target");
				UaNodeId source = p.id;
				UaNodeId from = raw.forward() ? source : target;
				UaNodeId to = raw.forward() ? target : source;
				// a reference between two nodes loaded before may already be there (checked only then: a type's list of
				// instances grows long)
				boolean known = previous.contains(from) && previous.contains(to)
						&& references(from).contains(new UaReference(type, true, to));
				if (seen.add(new EdgeKey(from, type, to)) && !known) {
					append(from, new UaReference(type, true, to));
					append(to, new UaReference(type, false, from));
				}
			}
			UaNode node = nodes.get(p.id);
			if (node.parent() != null) {
				requireNode(p, node.parent(), "ParentNodeId");
			}
			if (node.dataType() != null) {
				requireNode(p, node.dataType(), "DataType");
			}
		}
	}

	private void requireNode(Pending p, UaNodeId id, String what) throws NodeSetException {
		if (!nodes.containsKey(id)) {
			String uri = namespaces.get(id.namespace());
			String hint = models.containsKey(uri) ? "" : " (no loaded model provides namespace " + uri + ")";
			throw new NodeSetException(p.ids.file.name(), p.raw.line(), p.raw.column(),
					p.raw.nodeId() + ": its " + what + " " + nsu(id) + " is not a node of any loaded model" + hint,
					null);
		}
	}

	private List<UaReference> references(UaNodeId node) {
		return references.getOrDefault(node, List.of());
	}

	private void append(UaNodeId node, UaReference reference) {
		List<UaReference> list = references.get(node);
		if (list == null) {
			list = new ArrayList<>(4);
			references.put(node, list);
			owned.add(node);
		} else if (owned.add(node)) {
			list = new ArrayList<>(list);
			references.put(node, list);
		}
		list.add(reference);
	}

	private UaNode node(RawNode raw, UaNodeId id, FileIds ids) throws NodeSetException {
		String browse = raw.browseName();
		int browseNs = 0;
		int colon = browse.indexOf(':');
		if (colon > 0 && browse.chars().limit(colon).allMatch(Character::isDigit)) {
			browseNs = ids.map(Integer.parseInt(browse.substring(0, colon)), raw.line());
			browse = browse.substring(colon + 1);
		}
		UaNodeId parent = raw.parentNodeId() == null ? null : ids.resolve(raw.parentNodeId(), raw.line());
		UaNodeId dataType = raw.dataType() == null ? null : ids.resolve(raw.dataType(), raw.line());
		return new UaNode(id, raw.nodeClass(), browseNs, browse, raw.displayName() == null ? browse : raw.displayName(),
				raw.description(), parent, dataType, raw.valueRank() == null ? -1 : raw.valueRank(),
				raw.accessLevel() == null ? 1 : raw.accessLevel(), raw.isAbstract(), raw.symbolicName(),
				raw.eventNotifier() == null ? 0 : raw.eventNotifier(), remap(raw.value(), ids, raw.line()),
				ids.file.name(), raw.line());
	}

	/** ExtensionObject TypeIds are in the file's indices: the usual bug elsewhere is to leave them so. */
	private @Nullable UaValue remap(@Nullable UaValue value, FileIds ids, int line) throws NodeSetException {
		if (value instanceof UaValue.EuInformation eu && eu.typeId() != null) {
			return new UaValue.EuInformation(nsu(ids.resolve(eu.typeId(), line)), eu.namespaceUri(), eu.unitId(),
					eu.displayName(), eu.description());
		}
		if (value instanceof UaValue.Range range && range.typeId() != null) {
			return new UaValue.Range(nsu(ids.resolve(range.typeId(), line)), range.low(), range.high());
		}
		return value;
	}

	private int[] indexTable(NodeSetFile file) {
		int[] table = new int[file.namespaceUris().size() + 1];
		for (int i = 0; i < file.namespaceUris().size(); i++) {
			table[i + 1] = namespace(file.namespaceUris().get(i));
		}
		return table;
	}

	private int namespace(String uri) {
		return namespaceIndex.computeIfAbsent(uri, u -> {
			namespaces.add(u);
			return namespaces.size() - 1;
		});
	}

	private String nsu(UaNodeId id) {
		return "nsu=" + namespaces.get(id.namespace()) + ";" + id.identifier();
	}

	private record Pending(RawNode raw, UaNodeId id, FileIds ids) {
	}

	private record EdgeKey(UaNodeId from, UaNodeId type, UaNodeId to) {
	}

	/** Node ids of one file: its aliases and its namespace indices. */
	private final class FileIds {
		final NodeSetFile file;
		private final int[] table;

		FileIds(NodeSetFile file, int[] table) {
			this.file = file;
			this.table = table;
		}

		int map(int fileIndex, int line) throws NodeSetException {
			if (fileIndex < 0 || fileIndex >= table.length) {
				throw new NodeSetException(file.name(), line, "namespace index " + fileIndex
						+ " is not in the file's NamespaceUris (it has " + (table.length - 1) + ")");
			}
			return table[fileIndex];
		}

		UaNodeId resolve(String written, int line) throws NodeSetException {
			String text = written.strip();
			if (!looksLikeNodeId(text)) {
				String aliased = file.aliases().get(text);
				if (aliased == null) {
					throw new NodeSetException(file.name(), line,
							"unknown alias '" + text + "': the file's <Aliases> do not define it");
				}
				text = aliased.strip();
			}
			int ns = 0;
			String identifier = text;
			if (text.startsWith("ns=")) {
				int semicolon = text.indexOf(';');
				try {
					ns = map(Integer.parseInt(text.substring(3, semicolon < 0 ? text.length() : semicolon)), line);
				} catch (NumberFormatException e) {
					throw new NodeSetException(file.name(), line, "'" + written + "' is not a node id");
				}
				identifier = semicolon < 0 ? "" : text.substring(semicolon + 1);
			} else if (text.startsWith("nsu=")) {
				int separator = separator(text);
				if (separator < 0) {
					throw new NodeSetException(file.name(), line, "'" + written + "' is not a node id");
				}
				ns = namespace(text.substring(4, separator));
				identifier = text.substring(separator + 1);
			}
			return new UaNodeId(ns, checked(identifier, written, line));
		}

		private String checked(String identifier, String written, int line) throws NodeSetException {
			if (identifier.length() < 3 || identifier.charAt(1) != '=' || "isgb".indexOf(identifier.charAt(0)) < 0) {
				throw new NodeSetException(file.name(), line, "'" + written + "' is not a node id");
			}
			if (identifier.charAt(0) == 'i') {
				try {
					long value = Long.parseLong(identifier.substring(2));
					return "i=" + value;
				} catch (NumberFormatException e) {
					throw new NodeSetException(file.name(), line, "'" + written + "' has a bad numeric identifier");
				}
			}
			return identifier;
		}
	}

	private static boolean looksLikeNodeId(String text) {
		return text.startsWith("ns=") || text.startsWith("nsu=")
				|| text.length() > 2 && text.charAt(1) == '=' && "isgb".indexOf(text.charAt(0)) >= 0;
	}

	private static int separator(String text) {
		for (int i = 4; i + 2 < text.length(); i++) {
			if (text.charAt(i) == ';' && "isgb".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == '=') {
				return i;
			}
		}
		return -1;
	}
}
