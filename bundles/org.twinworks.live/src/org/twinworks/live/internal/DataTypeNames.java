// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * DataType NodeIds to names: built-in types by Milo's table, any other type (enumerations, structures, a
 * vendor's own) by its BrowseName, read once per session and kept.
 */
final class DataTypeNames {
	private final OpcUaClient client;
	private final Map<NodeId, String> known = new ConcurrentHashMap<>();

	DataTypeNames(OpcUaClient client) {
		this.client = client;
	}

	/** Reads the names of the types not known yet, all in one call. */
	void learn(Collection<NodeId> types) throws UaException {
		List<NodeId> unknown = types.stream().filter(t -> t != null && !t.isNull()).distinct()
				.filter(t -> OpcUaDataType.fromNodeId(t) == null && !known.containsKey(t)).toList();
		if (unknown.isEmpty()) {
			return;
		}
		List<ReadValueId> reads = new ArrayList<>();
		for (NodeId type : unknown) {
			reads.add(new ReadValueId(type, uint(AttributeId.BrowseName.id()), null, QualifiedName.NULL_VALUE));
		}
		DataValue[] results = client.read(0, TimestampsToReturn.Neither, reads).getResults();
		for (int i = 0; i < unknown.size(); i++) {
			Object name = results[i].getValue().getValue();
			known.put(unknown.get(i),
					name instanceof QualifiedName q ? q.getName() : unknown.get(i).toParseableString());
		}
	}

	/** The name of a type learnt or built in; null for no type. */
	String name(NodeId type) {
		if (type == null || type.isNull()) {
			return null;
		}
		OpcUaDataType builtin = OpcUaDataType.fromNodeId(type);
		if (builtin != null) {
			return builtin.name();
		}
		return known.getOrDefault(type, type.toParseableString());
	}
}
