// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.tags.TagConvention;
import org.twinworks.live.NodeDetails;
import org.twinworks.live.NodeDetails.ServerUnit;
import org.twinworks.live.Reconciler;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;

/**
 * A variable as a signal with its binding: DataType, EURange, EngineeringUnits (UNECE code from the unitId) and
 * AccessLevel as the server states them; writable means the controller's output, else an input. A variable that
 * cannot be a signal (an array, a structure, a node that would not read) is left out with a warning naming it.
 */
final class SignalReader {
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private final Plant plant;
	private final Endpoint endpoint;
	private final List<String> warnings;
	private final Map<String, EngineeringUnit> units = new HashMap<>();
	private final Map<String, String> tags = new HashMap<>();

	SignalReader(Plant plant, Endpoint endpoint, List<String> warnings) {
		this.plant = plant;
		this.endpoint = endpoint;
		this.warnings = warnings;
	}

	static String sourceId(String nodeId) {
		return "opcua:" + nodeId;
	}

	void read(WalkedNode variable, NodeDetails node, Equipment owner) {
		String nodeId = variable.nodeId();
		if (!node.exists()) {
			warnings.add(nodeId + ": not imported, its attributes did not read (" + node.status() + ")");
			return;
		}
		if (!node.scalar()) {
			warnings.add(nodeId + ": not imported, an array (ValueRank " + node.valueRank() + ") is not a signal");
			return;
		}
		SignalDataType type = Reconciler.signalType(node.dataType());
		if (type == null) {
			warnings.add(nodeId + ": not imported, its DataType " + node.dataType()
					+ " is not a signal type (Boolean, a number, String, DateTime or an enumeration)");
			return;
		}
		Signal signal = F.createSignal();
		String tag = TagConvention.signalTag(variable.node().browseName(), owner.getTag());
		signal.setTag(tag);
		String before = tags.putIfAbsent(tag, nodeId);
		if (before != null) {
			warnings.add(nodeId + ": its tag " + tag + " is also the tag of " + before);
		}
		name(signal, variable.node().displayName(), node.description(), tag.equals(variable.node().displayName()));
		signal.setSourceId(sourceId(nodeId));
		if (type == SignalDataType.INT32 && !node.enumStrings().isEmpty()) {
			type = SignalDataType.ENUMERATION;
		}
		signal.setDataType(type);
		signal.getEnumLiterals().addAll(node.enumStrings());
		if (node.euRange() != null) {
			signal.setRangeLow(node.euRange().low());
			signal.setRangeHigh(node.euRange().high());
		}
		signal.setUnit(unit(node.engineeringUnits()));
		if (node.accessLevel() != null) {
			signal.setAccess(node.writable() ? Access.READ_WRITE : Access.READ);
			signal.setDirection(node.writable() ? SignalDirection.OUTPUT : SignalDirection.INPUT);
		}
		owner.getSignals().add(signal);
		Binding binding = F.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(endpoint);
		binding.setNodeId(nodeId);
		plant.getTwin().getBindings().add(binding);
	}

	/** One catalogue unit per code and symbol: pH and NTU share UNECE's C62 (one) and stay two units. */
	private @Nullable EngineeringUnit unit(@Nullable ServerUnit served) {
		if (served == null) {
			return null;
		}
		String code = served.uneceCode();
		return units.computeIfAbsent(code + "\u0000" + served.symbol(), key -> {
			EngineeringUnit unit = F.createEngineeringUnit();
			unit.setCode(code);
			unit.setSymbol(served.symbol());
			unit.setDescription(served.description());
			plant.getEngineeringUnits().add(unit);
			return unit;
		});
	}

	/**
	 * Name and description: a node whose DisplayName is just its tag ({@code echoes}) is named by its Description, as
	 * the virtual plant serves them; otherwise the DisplayName names it and a different Description describes it.
	 */
	static void name(Named element, String displayName, @Nullable String description, boolean echoes) {
		if (echoes && description != null) {
			element.setName(description);
			return;
		}
		element.setName(displayName);
		if (description != null && !description.equals(displayName)) {
			element.setDescription(description);
		}
	}
}
