// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Model from a live OPC UA server: a subtree of a connected server's address space read into an
 * {@link org.twinworks.interop.merge.ImportDraft} (hierarchy, equipment, signals with their types, units, ranges and
 * access, and bindings), for the merger to compare with the open plant.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.server;
