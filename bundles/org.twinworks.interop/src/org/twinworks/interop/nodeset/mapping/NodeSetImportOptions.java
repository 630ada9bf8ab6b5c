// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import java.nio.file.Path;
import java.util.List;

/**
 * How a NodeSet2 import reads its files.
 *
 * @param typesOnly only the equipment types (and their units), no hierarchy, equipment or signals
 * @param searchPath files and folders that may provide a RequiredModel; loaded when needed, never imported
 */
public record NodeSetImportOptions(boolean typesOnly, List<Path> searchPath) {

	public static final NodeSetImportOptions DEFAULT = new NodeSetImportOptions(false, List.of());

	public NodeSetImportOptions {
		searchPath = List.copyOf(searchPath);
	}

	public NodeSetImportOptions withTypesOnly(boolean only) {
		return new NodeSetImportOptions(only, searchPath);
	}

	public NodeSetImportOptions withSearchPath(List<Path> paths) {
		return new NodeSetImportOptions(typesOnly, paths);
	}
}
