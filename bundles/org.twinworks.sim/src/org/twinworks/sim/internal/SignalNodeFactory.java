// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.Base64;
import java.util.UUID;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespace;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemType;
import org.eclipse.milo.opcua.sdk.server.model.variables.MultiStateDiscreteType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.rules.NodeIds.ParsedNodeId;

/**
 * Builds the variable node of a signal: NodeId from its binding, BrowseName and DisplayName its tag, its name
 * as Description, DataType and AccessLevel from the model, and for a numeric signal the analog properties
 * EURange (when ranged) and EngineeringUnits (when it has a unit; UNECE codes, as OPC UA Part 8 asks).
 */
final class SignalNodeFactory {
	static final String UNECE_NAMESPACE = "http://www.opcfoundation.org/UA/units/un/cefact";

	private final ManagedNamespace namespace;
	private final UaNodeContext context;
	private final double minimumSamplingInterval;
	private final boolean analogProperties;

	/** @param analogProperties false to serve no EURange and EngineeringUnits, as many third-party servers do */
	SignalNodeFactory(ManagedNamespace namespace, UaNodeContext context, double minimumSamplingInterval,
			boolean analogProperties) {
		this.namespace = namespace;
		this.context = context;
		this.minimumSamplingInterval = minimumSamplingInterval;
		this.analogProperties = analogProperties;
	}

	NodeId nodeId(ParsedNodeId parsed) {
		int ns = namespace.getNamespaceIndex().intValue();
		return switch (parsed.identifierType()) {
		case 'i' -> new NodeId(ns, uint(Long.parseLong(parsed.identifier())));
		case 'g' -> new NodeId(ns, UUID.fromString(parsed.identifier()));
		case 'b' -> new NodeId(ns, ByteString.of(Base64.getDecoder().decode(parsed.identifier())));
		default -> new NodeId(ns, parsed.identifier());
		};
	}

	UaVariableNode create(NodeId nodeId, SimulatedSignal simulated) {
		Signal signal = simulated.signal();
		var access = simulated.writable() ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY;
		Variant initial = Variants.of(simulated.type(), simulated.value(), simulated.text());
		UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(context).setNodeId(nodeId)
				.setBrowseName(new QualifiedName(namespace.getNamespaceIndex(), signal.getTag()))
				.setDisplayName(LocalizedText.english(signal.getTag()))
				.setDescription(LocalizedText.english(signal.getName()))
				.setDataType(Variants.dataType(simulated.type())).setTypeDefinition(typeDefinition(simulated))
				.setAccessLevel(access).setUserAccessLevel(access).setMinimumSamplingInterval(minimumSamplingInterval)
				.setValue(new DataValue(initial, StatusCode.GOOD)).build();
		return node;
	}

	/** Properties need the node in the node manager first: they are nodes referenced from it. */
	void addProperties(UaVariableNode node, SimulatedSignal simulated) {
		if (simulated.type() == SignalDataType.ENUMERATION && !simulated.signal().getEnumLiterals().isEmpty()) {
			// the Int32 index alone means nothing to a client: name the states, index by index
			node.setProperty(MultiStateDiscreteType.ENUM_STRINGS, simulated.signal().getEnumLiterals().stream()
					.map(LocalizedText::english).toArray(LocalizedText[]::new));
		}
		if (!analogProperties) {
			return;
		}
		if (hasAnalogProperties(simulated)) {
			node.setProperty(AnalogItemType.EU_RANGE, new Range(simulated.low(), simulated.high()));
		}
		EngineeringUnit unit = simulated.signal().getUnit();
		if (simulated.numeric() && unit != null) {
			node.setProperty(AnalogItemType.ENGINEERING_UNITS, new EUInformation(UNECE_NAMESPACE, unit.getUnitId(),
					LocalizedText.english(unit.getSymbol()), LocalizedText.english(unit.getDescription())));
		}
	}

	/** AnalogItemType needs an EURange; a unit without a range fits BaseAnalogType, where EURange is optional. */
	private NodeId typeDefinition(SimulatedSignal simulated) {
		if (!analogProperties) {
			return NodeIds.BaseDataVariableType;
		}
		if (hasAnalogProperties(simulated)) {
			return NodeIds.AnalogItemType;
		}
		return simulated.numeric() && simulated.signal().getUnit() != null
				? NodeIds.BaseAnalogType
				: NodeIds.BaseDataVariableType;
	}

	private static boolean hasAnalogProperties(SimulatedSignal simulated) {
		return simulated.numeric() && simulated.ranged();
	}
}
