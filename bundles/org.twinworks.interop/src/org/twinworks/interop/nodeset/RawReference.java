// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

/**
 * A {@code <Reference>} as written in its file.
 *
 * @param referenceType an alias or a node id in the file's own namespace indices
 * @param target a node id in the file's own namespace indices
 */
public record RawReference(String referenceType, boolean forward, String target) {
}
