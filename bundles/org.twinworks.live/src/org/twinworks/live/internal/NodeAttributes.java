// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.twinworks.live.NodeDetails;

/** One node's read results (the attributes of {@link #READ}, in that order) to NodeDetails. */
final class NodeAttributes {
	/** The attributes read for each node, in this order. */
	static final AttributeId[] READ = {AttributeId.NodeClass, AttributeId.BrowseName, AttributeId.DataType,
			AttributeId.Value, AttributeId.AccessLevel, AttributeId.ValueRank, AttributeId.Description};
	static final int DATA_TYPE = 2;

	private NodeAttributes() {
	}

	static NodeDetails of(String text, NodeId id, DataValue[] results, int first, OpcUaClient client, String dataType,
			AnalogProperties.Found properties, int index) {
		DataValue nodeClass = results[first];
		long status = nodeClass.getStatusCode() == null ? 0 : nodeClass.getStatusCode().getValue();
		if ((status & 0x8000_0000L) != 0) {
			return NodeDetails.missing(text, MiloValues.statusName(status));
		}
		Object classValue = nodeClass.getValue().getValue();
		String className = classValue instanceof NodeClass c
				? c.name()
				: classValue instanceof Integer i ? NodeClass.from(i).name() : String.valueOf(classValue);
		Object browseName = results[first + 1].getValue().getValue();
		DataValue value = results[first + 3];
		Object access = results[first + 4].getValue().getValue();
		Object rank = results[first + 5].getValue().getValue();
		Object description = results[first + 6].getValue().getValue();
		boolean variable = "Variable".equals(className);
		return new NodeDetails(text, "Good", client.getNamespaceTable().get(id.getNamespaceIndex()),
				browseName instanceof QualifiedName q ? q.getName() : null, className, variable ? dataType : null,
				variable ? MiloValues.toSignalValue(value) : null, properties.range(index), properties.unit(index),
				access instanceof UByte b ? Integer.valueOf(b.intValue()) : null,
				variable && rank instanceof Integer r ? r : null,
				description instanceof LocalizedText t && t.getText() != null && !t.getText().isEmpty()
						? t.getText()
						: null,
				properties.enumStrings(index));
	}
}
