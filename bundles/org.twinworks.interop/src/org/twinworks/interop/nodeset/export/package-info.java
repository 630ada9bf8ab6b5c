// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The plant as an OPC UA NodeSet2 file (OPC 10000-6 Annex F) that other OPC UA tools and our own importer load:
 * {@link org.twinworks.interop.nodeset.export.NodeSetExporter} is the way in; the mapping is described there.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.nodeset.export;
