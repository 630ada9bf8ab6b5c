// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.UaNode;
import org.twinworks.interop.nodeset.UaValue;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;

/** Variables to signals: type, unit, range, access and direction; instance signals get a binding in nsu= form. */
final class DraftSignals {
	private final NodeSetLibrary library;
	private final DraftUnits units;
	private final Plant plant;
	private final Endpoint endpoint;

	DraftSignals(NodeSetLibrary library, Plant plant) {
		this.library = library;
		this.plant = plant;
		this.units = new DraftUnits(plant);
		this.endpoint = TwinFactory.eINSTANCE.createEndpoint();
		plant.getTwin().getEndpoints().add(endpoint);
	}

	/** A signal for a variable; {@code tag} null for a type's template. */
	Signal signal(UaNode variable, @Nullable String tag, @Nullable String name) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		describe(signal, variable);
		if (name != null) {
			signal.setName(name);
		}
		signal.setTag(tag);
		signal.setDataType(SignalTypes.of(library, variable.dataType()));
		java.util.List<String> states = library.enumStrings(variable.nodeId());
		if (states != null && !states.isEmpty()) {
			signal.setDataType(org.twinworks.model.SignalDataType.ENUMERATION);
			signal.getEnumLiterals().addAll(states);
		}
		signal.setUnit(units.of(library.engineeringUnits(variable.nodeId())));
		UaValue.Range range = library.euRange(variable.nodeId());
		if (range != null) {
			if (!Double.isNaN(range.low())) {
				signal.setRangeLow(range.low());
			}
			if (!Double.isNaN(range.high())) {
				signal.setRangeHigh(range.high());
			}
		}
		boolean writable = variable.isWritable();
		signal.setAccess(writable ? Access.READ_WRITE : Access.READ);
		signal.setDirection(writable ? SignalDirection.OUTPUT : SignalDirection.INPUT);
		return signal;
	}

	void bind(Signal signal, UaNode variable) {
		Binding binding = TwinFactory.eINSTANCE.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(endpoint);
		binding.setNodeId(library.nsu(variable.nodeId()));
		plant.getTwin().getBindings().add(binding);
	}

	/** Name, description and source identity, the same for every kind of element. */
	void describe(Named element, UaNode node) {
		element.setName(node.displayName());
		element.setDescription(node.description());
		element.setSourceId(sourceId(node));
	}

	String sourceId(UaNode node) {
		return "opcua:" + library.nsu(node.nodeId());
	}

	static @Nullable String scalarText(@Nullable UaValue value) {
		return value instanceof UaValue.Scalar scalar ? scalar.text() : null;
	}
}
