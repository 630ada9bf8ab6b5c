// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** How importers make tags from the names sources give nodes, the same for NodeSet2 files and live servers. */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.tags;
