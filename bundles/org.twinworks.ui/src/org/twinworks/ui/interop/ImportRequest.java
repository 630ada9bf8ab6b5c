// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the source page asked for.
 *
 * @param files NodeSet2 files or folders, or the one CSV file
 * @param typesOnly NodeSet2: the type library only, no instances
 * @param mapping CSV: a mapping file (field=Header lines), or null to recognise the headers
 * @param removeMissing remove what the source owned and no longer has
 */
record ImportRequest(ImportSourceKind kind, List<Path> files, boolean typesOnly, @Nullable Path mapping,
		boolean removeMissing) {
}
