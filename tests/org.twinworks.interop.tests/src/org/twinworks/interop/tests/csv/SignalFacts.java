// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.csv;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.interop.csv.CsvTagListWriter;

/** Everything a tag list says about each signal of a plant, by tag, for comparing two plants attribute by attribute. */
final class SignalFacts {

	private SignalFacts() {
	}

	static Map<String, Map<String, Object>> of(Plant plant) {
		Map<Signal, Binding> bindings = CsvTagListWriter.activeBindings(plant);
		Map<String, Map<String, Object>> facts = new TreeMap<>();
		for (Signal signal : CsvTagListWriter.signalsOf(plant)) {
			facts.put(signal.getTag(), facts(signal, bindings.get(signal)));
		}
		return facts;
	}

	private static Map<String, Object> facts(Signal signal, Binding binding) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("name", String.valueOf(signal.getName()));
		facts.put("description", String.valueOf(signal.getDescription()));
		facts.put("direction", signal.getDirection());
		facts.put("dataType", signal.getDataType());
		facts.put("unit",
				signal.getUnit() == null ? "none" : signal.getUnit().getCode() + " " + signal.getUnit().getSymbol());
		facts.put("rangeLow", String.valueOf(signal.getRangeLow()));
		facts.put("rangeHigh", String.valueOf(signal.getRangeHigh()));
		Map<AlarmKind, Double> limits = new EnumMap<>(AlarmKind.class);
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			limits.putIfAbsent(limit.getKind(), limit.getValue());
		}
		facts.put("limits", limits);
		facts.put("access", signal.getAccess());
		facts.put("nominalValue", String.valueOf(signal.getNominalValue()));
		facts.put("enumLiterals", List.copyOf(signal.getEnumLiterals()));
		facts.put("nodeId", binding == null ? "unbound" : binding.getNodeId());
		facts.put("equipment", signal.getEquipment() == null ? "none" : signal.getEquipment().getTag());
		facts.put("area", area(signal));
		return facts;
	}

	private static String area(Signal signal) {
		for (EObject container = signal.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Area area) {
				return area.getName();
			}
		}
		return "none";
	}
}
