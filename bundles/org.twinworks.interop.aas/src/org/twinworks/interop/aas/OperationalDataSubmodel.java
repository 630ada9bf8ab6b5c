// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeDefXsd;
import org.eclipse.digitaltwin.aas4j.v3.model.ModellingKind;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultRange;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodel;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;

/**
 * Our own operational-data submodel ({@value #SEMANTIC_ID}): one collection per signal with its tag, name, data type,
 * direction, unit (symbol and UNECE code), range ({@code Range}, min/max as xs:double), alarm limits and, where a
 * binding exists, the OPC UA endpoint URL and node id that read it live.
 */
final class OperationalDataSubmodel {
	static final String SEMANTIC_ID = "urn:twinworks:submodel:operational-data:1";
	static final String ID_SHORT = "OperationalData";
	static final String SIGNAL = "urn:twinworks:submodel:operational-data:1:Signal";

	private OperationalDataSubmodel() {
	}

	static Submodel of(Equipment equipment, String id, Map<Signal, Binding> bindings) {
		List<SubmodelElement> signals = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Signal signal : equipment.getSignals()) {
			signals.add(AasElements.collection(AasIds.idShort(ModelPaths.label(signal), taken), SIGNAL,
					signal(signal, bindings.get(signal))));
		}
		return new DefaultSubmodel.Builder().id(id).idShort(ID_SHORT).kind(ModellingKind.INSTANCE)
				.semanticId(AasElements.semanticId(SEMANTIC_ID)).submodelElements(signals).build();
	}

	private static List<SubmodelElement> signal(Signal signal, @Nullable Binding binding) {
		List<SubmodelElement> elements = new ArrayList<>();
		elements.add(AasElements.text("Tag", null, signal.getTag()));
		elements.add(AasElements.text("Name", null, signal.getName()));
		elements.add(AasElements.text("DataType", null,
				signal.getDataType() == null ? null : signal.getDataType().getLiteral()));
		elements.add(AasElements.text("Direction", null,
				signal.getDirection() == null ? null : signal.getDirection().getLiteral()));
		EngineeringUnit unit = signal.getUnit();
		if (unit != null) {
			elements.add(AasElements.text("Unit", null, unit.getSymbol() != null ? unit.getSymbol() : unit.getCode()));
			elements.add(AasElements.text("UnitCode", null, unit.getCode()));
		}
		if (signal.getRangeLow() != null || signal.getRangeHigh() != null) {
			elements.add(new DefaultRange.Builder().idShort("Range").valueType(DataTypeDefXsd.DOUBLE)
					.min(signal.getRangeLow() == null ? null : Double.toString(signal.getRangeLow()))
					.max(signal.getRangeHigh() == null ? null : Double.toString(signal.getRangeHigh())).build());
		}
		if (!signal.getAlarmLimits().isEmpty()) {
			List<SubmodelElement> limits = new ArrayList<>();
			Set<String> taken = new HashSet<>();
			for (AlarmLimit limit : signal.getAlarmLimits()) {
				limits.add(
						AasElements.number(AasIds.idShort(limit.getKind().getName(), taken), null, limit.getValue()));
			}
			elements.add(AasElements.collection("AlarmLimits", null, limits));
		}
		if (binding != null) {
			elements.add(AasElements.text("OpcUaEndpoint", null,
					binding.getEndpoint() == null ? null : binding.getEndpoint().getUrl()));
			elements.add(AasElements.text("OpcUaNodeId", null, binding.getNodeId()));
		}
		return elements;
	}
}
