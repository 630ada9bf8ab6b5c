// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import org.jspecify.annotations.Nullable;

/**
 * A node of a {@link NodeSetLibrary}: ids resolved and remapped to the library's namespace indices. Its references
 * are asked of the library, which holds both directions.
 *
 * @param browseNamespace the library's index of the browse name's namespace
 * @param displayName the first DisplayName, or the browse name when the file gives none
 * @param valueRank -1 (scalar) unless the file says otherwise
 * @param accessLevel 1 (CurrentRead) unless the file says otherwise
 * @param value what the importer uses of the {@code <Value>}, ExtensionObject TypeIds in {@code nsu=} form
 * @param file the file that declared the node, for messages
 */
public record UaNode(UaNodeId nodeId, UaNodeClass nodeClass, int browseNamespace, String browseName, String displayName,
		@Nullable String description, @Nullable UaNodeId parent, @Nullable UaNodeId dataType, int valueRank,
		int accessLevel, boolean isAbstract, @Nullable String symbolicName, int eventNotifier, @Nullable UaValue value,
		String file, int line) {

	/** AccessLevel bit 1: CurrentWrite. */
	public boolean isWritable() {
		return (accessLevel & 0x02) != 0;
	}
}
