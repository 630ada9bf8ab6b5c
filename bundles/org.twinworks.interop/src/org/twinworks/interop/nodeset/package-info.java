// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * OPC UA NodeSet2 files read without Milo: a hardened streaming reader into immutable records, and a
 * {@link org.twinworks.interop.nodeset.NodeSetLibrary} that loads files in dependency order on top of the built-in base
 * model and answers type questions (subtypes, type definitions, instance declarations, units and ranges).
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.nodeset;
