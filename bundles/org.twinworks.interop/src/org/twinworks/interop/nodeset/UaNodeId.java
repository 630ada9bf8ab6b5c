// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

/**
 * A node id in a library: the library's namespace index and the identifier with its kind ({@code i=85},
 * {@code s=Pump}, {@code g=…}, {@code b=…}). {@link NodeSetLibrary#nsu(UaNodeId)} gives the {@code nsu=} form.
 */
public record UaNodeId(int namespace, String identifier) {

	/** A node of the base namespace by its numeric id. */
	public static UaNodeId base(int id) {
		return new UaNodeId(0, "i=" + id);
	}

	@Override
	public String toString() {
		return namespace == 0 ? identifier : "ns=" + namespace + ";" + identifier;
	}
}
