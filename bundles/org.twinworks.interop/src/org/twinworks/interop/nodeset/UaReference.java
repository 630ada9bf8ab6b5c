// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

/** A reference as seen from one node: its type, direction and the node at the other end. */
public record UaReference(UaNodeId type, boolean forward, UaNodeId target) {
}
