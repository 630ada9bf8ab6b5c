// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowsePath;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowsePathResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.RelativePath;
import org.eclipse.milo.opcua.stack.core.types.structured.RelativePathElement;
import org.twinworks.live.NodeDetails.EuRange;
import org.twinworks.live.NodeDetails.ServerUnit;

/**
 * The EURange and EngineeringUnits properties of analog items and the EnumStrings of multi-state items (OPC UA
 * Part 8), found by browse path (HasProperty to 0:EURange, 0:EngineeringUnits, 0:EnumStrings) and read in one call
 * for many nodes.
 */
final class AnalogProperties {
	private static final QualifiedName EU_RANGE = new QualifiedName(0, "EURange");
	private static final QualifiedName ENGINEERING_UNITS = new QualifiedName(0, "EngineeringUnits");
	private static final QualifiedName ENUM_STRINGS = new QualifiedName(0, "EnumStrings");
	/** Browse paths translated per node. */
	static final int PATHS = 3;

	private final OpcUaClient client;

	AnalogProperties(OpcUaClient client) {
		this.client = client;
	}

	/** What was found for each node, by index; nothing for null node ids. */
	record Found(Object[] values) {
		EuRange range(int node) {
			Object value = values[node * PATHS];
			return value instanceof Range r && r.getLow() != null && r.getHigh() != null
					? new EuRange(r.getLow(), r.getHigh())
					: null;
		}

		ServerUnit unit(int node) {
			Object value = values[node * PATHS + 1];
			if (value instanceof EUInformation eu) {
				return new ServerUnit(eu.getNamespaceUri(), eu.getUnitId() == null ? 0 : eu.getUnitId(),
						eu.getDisplayName() == null ? null : eu.getDisplayName().getText(),
						eu.getDescription() == null ? null : eu.getDescription().getText());
			}
			return null;
		}

		List<String> enumStrings(int node) {
			if (values[node * PATHS + 2] instanceof LocalizedText[] texts) {
				List<String> states = new ArrayList<>(texts.length);
				for (LocalizedText text : texts) {
					states.add(text == null || text.getText() == null ? "" : text.getText());
				}
				return states;
			}
			return List.of();
		}
	}

	Found read(List<NodeId> nodes) throws UaException {
		List<BrowsePath> paths = new ArrayList<>();
		for (NodeId node : nodes) {
			paths.add(path(node, EU_RANGE));
			paths.add(path(node, ENGINEERING_UNITS));
			paths.add(path(node, ENUM_STRINGS));
		}
		BrowsePathResult[] targets = client.translateBrowsePaths(paths).getResults();
		List<ReadValueId> reads = new ArrayList<>();
		List<Integer> slots = new ArrayList<>();
		for (int i = 0; i < targets.length; i++) {
			if (targets[i].getStatusCode().isGood() && targets[i].getTargets() != null
					&& targets[i].getTargets().length > 0) {
				var target = targets[i].getTargets()[0].getTargetId().toNodeId(client.getNamespaceTable());
				if (target.isPresent()) {
					reads.add(new ReadValueId(target.get(), uint(AttributeId.Value.id()), null,
							QualifiedName.NULL_VALUE));
					slots.add(i);
				}
			}
		}
		Object[] values = new Object[paths.size()];
		if (!reads.isEmpty()) {
			DataValue[] results = client.read(0, TimestampsToReturn.Neither, reads).getResults();
			for (int j = 0; j < results.length; j++) {
				values[slots.get(j)] = decode(results[j].getValue().getValue());
			}
		}
		return new Found(values);
	}

	private Object decode(Object value) {
		if (value instanceof ExtensionObject xo) {
			try {
				return xo.decode(client.getStaticEncodingContext());
			} catch (RuntimeException e) {
				// a structure we cannot decode is as good as none
				return null;
			}
		}
		return value;
	}

	private static BrowsePath path(NodeId node, QualifiedName property) {
		return new BrowsePath(node, new RelativePath(
				new RelativePathElement[]{new RelativePathElement(NodeIds.HasProperty, false, false, property)}));
	}
}
