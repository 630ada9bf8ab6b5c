// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.twinworks.live.NodeDetails;
import org.twinworks.live.NodeDetails.EuRange;
import org.twinworks.live.NodeDetails.ServerUnit;

/** One node's read results (NodeClass, BrowseName, DataType, Value, AccessLevel, in that order) to NodeDetails. */
final class NodeAttributes {

	private NodeAttributes() {
	}

	static NodeDetails of(String text, NodeId id, DataValue[] results, int first, OpcUaClient client, String dataType,
			EuRange range, ServerUnit unit) {
		DataValue nodeClass = results[first];
		long status = nodeClass.getStatusCode() == null ? 0 : nodeClass.getStatusCode().getValue();
		if ((status & 0x8000_0000L) != 0) {
			return new NodeDetails(text, MiloValues.statusName(status), null, null, null, null, null, null, null, null);
		}
		Object classValue = nodeClass.getValue().getValue();
		String className = classValue instanceof NodeClass c
				? c.name()
				: classValue instanceof Integer i ? NodeClass.from(i).name() : String.valueOf(classValue);
		Object browseName = results[first + 1].getValue().getValue();
		DataValue value = results[first + 3];
		Object access = results[first + 4].getValue().getValue();
		boolean variable = "Variable".equals(className);
		return new NodeDetails(text, "Good", client.getNamespaceTable().get(id.getNamespaceIndex()),
				browseName instanceof QualifiedName q ? q.getName() : null, className, variable ? dataType : null,
				variable ? MiloValues.toSignalValue(value) : null, range, unit,
				access instanceof UByte b ? Integer.valueOf(b.intValue()) : null);
	}
}
