// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A node as written in its file: node ids and aliases not yet resolved, namespace indices the file's own.
 *
 * @param browseName as written, with its namespace index prefix ({@code 1:Pump}) when not 0
 * @param valueRank null when the file leaves it to its default
 * @param accessLevel null when the file leaves it to its default (CurrentRead)
 * @param line where the node's element starts
 */
public record RawNode(UaNodeClass nodeClass, String nodeId, String browseName, @Nullable String displayName,
		@Nullable String description, @Nullable String parentNodeId, @Nullable String dataType,
		@Nullable Integer valueRank, @Nullable Integer accessLevel, boolean isAbstract, @Nullable String symbolicName,
		@Nullable Integer eventNotifier, List<RawReference> references, @Nullable UaValue value, int line, int column) {

	public RawNode {
		references = List.copyOf(references);
	}
}
