// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import java.util.Comparator;

import org.twinworks.interop.nodeset.UaNode;

/** A stable order for nodes (the library's maps have none), so the same files give the same draft. */
final class NodeOrder {
	static final Comparator<UaNode> BY_ID = Comparator.comparingInt((UaNode n) -> n.nodeId().namespace())
			.thenComparing(n -> n.nodeId().identifier().length()).thenComparing(n -> n.nodeId().identifier());

	private NodeOrder() {
	}

	/** A browse path as a name: {@code Status/Code} becomes {@code Status.Code}. */
	static String dotted(String browsePath) {
		return browsePath.replace('/', '.');
	}
}
