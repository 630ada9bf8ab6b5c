// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.Map;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/** The names of the hierarchical reference types a browse meets; other types by their node id. */
final class ReferenceNames {
	private static final Map<NodeId, String> KNOWN = Map.of(NodeIds.HasProperty, "HasProperty", NodeIds.HasComponent,
			"HasComponent", NodeIds.HasOrderedComponent, "HasOrderedComponent", NodeIds.Organizes, "Organizes",
			NodeIds.HasNotifier, "HasNotifier", NodeIds.HasEventSource, "HasEventSource", NodeIds.HasSubtype,
			"HasSubtype", NodeIds.HasChild, "HasChild", NodeIds.Aggregates, "Aggregates");

	private ReferenceNames() {
	}

	static String name(NodeId referenceType, OpcUaClient client) {
		if (referenceType == null || referenceType.isNull()) {
			return null;
		}
		String known = KNOWN.get(referenceType);
		return known != null ? known : NodeIdResolver.format(referenceType, client.getNamespaceTable());
	}
}
