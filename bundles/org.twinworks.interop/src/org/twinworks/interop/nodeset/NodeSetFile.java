// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.util.List;
import java.util.Map;

/**
 * One NodeSet2 file as read: its namespace table (its indices 1..n), models, aliases and nodes, nothing resolved.
 *
 * @param name the file's path or name, for messages
 * @param namespaceUris the file's {@code <NamespaceUris>}: index i+1 of the file is element i
 */
public record NodeSetFile(String name, List<String> namespaceUris, List<ModelInfo> models, Map<String, String> aliases,
		List<RawNode> nodes) {

	public NodeSetFile {
		namespaceUris = List.copyOf(namespaceUris);
		models = List.copyOf(models);
		aliases = Map.copyOf(aliases);
		nodes = List.copyOf(nodes);
	}
}
