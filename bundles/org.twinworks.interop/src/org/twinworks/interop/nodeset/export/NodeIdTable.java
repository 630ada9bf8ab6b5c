// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.model.rules.NodeIds.InvalidNodeIdException;
import org.twinworks.model.rules.NodeIds.ParsedNodeId;

/**
 * The namespace table of the file and the node id of every exported element, decided before anything is written
 * (a parent's references name its children). In order of precedence: a signal's binding (its active one if it has
 * several), an element's {@code sourceId} in the plant's own namespace (what an earlier import read, so ids survive a
 * round trip), else a string id of the element's path in the plant's namespace: {@code ns=1;s=Raw Water/Intake/P-101}
 * ({@code Types/Centrifugal pump/RUN} for a type's templates). A signal's EURange, EngineeringUnits and EnumStrings
 * properties get the signal's string id with {@code /EURange}… added ({@code ns=1;s=LT-101.PV/EURange}; the path's when
 * the signal's id is not a string). {@code ~2}, {@code ~3}… are added when two elements would get the same id.
 */
final class NodeIdTable {
	/** A property the exporter adds to a signal: EURange, EngineeringUnits or EnumStrings. */
	private record SignalProperty(Signal signal, String name) {
	}

	private final String plantUri;
	private final List<String> namespaces = new ArrayList<>();
	private final Map<EObject, String> ids = new IdentityHashMap<>();
	private final Map<SignalProperty, String> propertyIds = new HashMap<>();
	private final Set<String> used = new HashSet<>();
	private final List<EObject> elements = new ArrayList<>();
	private final List<String> warnings;

	private NodeIdTable(String plantUri, List<String> warnings) {
		this.plantUri = plantUri;
		this.warnings = warnings;
	}

	static NodeIdTable of(Plant plant, List<String> warnings) {
		NodeIdTable table = new NodeIdTable(plant.getNamespaceUri(), warnings);
		List<EObject> elements = table.elements;
		collect(plant, elements);
		Map<Signal, ParsedNodeId> bound = table.boundNodeIds(plant);
		table.namespaces.add(table.plantUri);
		Set<String> others = new TreeSet<>();
		bound.values().forEach(id -> others.add(id.namespaceUri()));
		others.remove(table.plantUri);
		table.namespaces.addAll(others);
		for (EObject element : elements) {
			if (element instanceof Signal signal && bound.containsKey(signal)) {
				table.reserveBound(signal, bound.get(signal));
			}
		}
		for (EObject element : elements) {
			if (!table.ids.containsKey(element) && element instanceof Named named) {
				table.reserveSourceId(named);
			}
		}
		for (EObject element : elements) {
			table.ids.computeIfAbsent(element, e -> table.generate("ns=1;s=" + path(e)));
			if (element instanceof Signal signal) {
				String signalId = table.ids.get(signal);
				int string = signalId.indexOf(";s=");
				for (String property : signalProperties(signal)) {
					// beside a string id, e.g. ns=1;s=LT-101.PV/EURange; under the path beside any other
					String id = string < 0
							? table.generate("ns=1;s=" + path(signal) + "/" + property)
							: table.generate(signalId + "/" + property);
					table.propertyIds.put(new SignalProperty(signal, property), id);
				}
			}
		}
		return table;
	}

	/** The namespace URIs of the file: index 1 is the plant's, then those of bindings elsewhere, sorted. */
	List<String> namespaces() {
		return List.copyOf(namespaces);
	}

	/** Every element that becomes a node, in the order the exporter writes them. */
	List<EObject> elements() {
		return elements;
	}

	String id(EObject element) {
		String id = ids.get(element);
		if (id == null) {
			throw new IllegalStateException("no node id for " + ModelPaths.describe(element));
		}
		return id;
	}

	/** The id of one of {@link #signalProperties(Signal)}. */
	String propertyId(Signal signal, String property) {
		String id = propertyIds.get(new SignalProperty(signal, property));
		if (id == null) {
			throw new IllegalStateException("no node id for " + property + " of " + ModelPaths.describe(signal));
		}
		return id;
	}

	/** The node id of an equipment's type, when the type is exported (it is in the plant's library). */
	@Nullable
	String typeId(@Nullable EquipmentType type) {
		return type == null ? null : ids.get(type);
	}

	static List<String> signalProperties(Signal signal) {
		List<String> properties = new ArrayList<>(2);
		if (SignalEncoding.ranged(signal)) {
			properties.add("EURange");
		}
		if (SignalEncoding.hasUnit(signal)) {
			properties.add("EngineeringUnits");
		}
		if (SignalEncoding.hasEnumStrings(signal)) {
			properties.add("EnumStrings");
		}
		return properties;
	}

	/** Every element that becomes a node, in the order the exporter writes them. */
	private static void collect(Plant plant, List<EObject> elements) {
		for (EquipmentType type : plant.getEquipmentTypes()) {
			elements.add(type);
			elements.addAll(type.getSignals());
			elements.addAll(type.getProperties());
		}
		for (Area area : plant.getAreas()) {
			collectHolder(area, elements);
			for (WorkCenter center : area.getWorkCenters()) {
				collectHolder(center, elements);
				for (Unit unit : center.getUnits()) {
					collectHolder(unit, elements);
				}
			}
		}
	}

	private static void collectHolder(EquipmentHolder holder, List<EObject> elements) {
		elements.add(holder);
		if (holder instanceof Equipment equipment) {
			elements.addAll(equipment.getProperties());
			elements.addAll(equipment.getSignals());
		}
		for (Equipment equipment : holder.getEquipment()) {
			collectHolder(equipment, elements);
		}
	}

	private Map<Signal, ParsedNodeId> boundNodeIds(Plant plant) {
		Map<Signal, ParsedNodeId> bound = new IdentityHashMap<>();
		if (plant.getTwin() == null) {
			return bound;
		}
		Map<Signal, Binding> chosen = new IdentityHashMap<>();
		for (Binding binding : plant.getTwin().getBindings()) {
			Signal signal = binding.getSignal();
			Binding earlier = signal == null ? null : chosen.get(signal);
			if (signal != null && (earlier == null || !earlier.isActive() && binding.isActive())) {
				chosen.put(signal, binding);
			}
		}
		for (Map.Entry<Signal, Binding> entry : chosen.entrySet()) {
			try {
				ParsedNodeId parsed = NodeIds.parse(entry.getValue().getNodeId());
				if (BaseModel.URI.equals(parsed.namespaceUri())) {
					warnings.add(ModelPaths.describe(entry.getKey()) + ": bound to " + entry.getValue().getNodeId()
							+ " in the OPC UA base namespace, which a NodeSet cannot add to; exported with a generated id");
				} else {
					bound.put(entry.getKey(), parsed);
				}
			} catch (InvalidNodeIdException e) {
				warnings.add(ModelPaths.describe(entry.getKey()) + ": its binding's node id does not parse ("
						+ e.getMessage() + "); exported with a generated id");
			}
		}
		return bound;
	}

	private void reserveBound(Signal signal, ParsedNodeId parsed) {
		String id = format(parsed);
		if (used.add(id)) {
			ids.put(signal, id);
		} else {
			warnings.add(ModelPaths.describe(signal) + ": bound to nsu=" + parsed.namespaceUri() + ";"
					+ parsed.identifierType() + "=" + parsed.identifier()
					+ ", which another signal is bound to as well; exported with a generated id");
		}
	}

	private void reserveSourceId(Named named) {
		String sourceId = named.getSourceId();
		if (sourceId == null || !sourceId.startsWith("opcua:")) {
			return;
		}
		try {
			ParsedNodeId parsed = NodeIds.parse(sourceId.substring("opcua:".length()));
			String id = format(parsed);
			if (plantUri.equals(parsed.namespaceUri()) && used.add(id)) {
				ids.put(named, id);
			}
		} catch (InvalidNodeIdException e) {
			// an unreadable source identity: the element gets a generated id like one made here
		}
	}

	private String format(ParsedNodeId parsed) {
		return "ns=" + (namespaces.indexOf(parsed.namespaceUri()) + 1) + ";" + parsed.identifierType() + "="
				+ parsed.identifier();
	}

	/** {@code preferred}, or {@code preferred~2}, {@code ~3}… if an element has it already. */
	private String generate(String preferred) {
		String id = preferred;
		for (int n = 2; !used.add(id); n++) {
			id = preferred + "~" + n;
		}
		return id;
	}

	/** Tags where there are tags, names otherwise; a type's templates under {@code Types/}. */
	private static String path(EObject element) {
		if (element instanceof Property property) {
			String key = property.getKey() == null || property.getKey().isBlank()
					? "(unnamed property)"
					: property.getKey();
			return path(property.eContainer()) + "/" + key;
		}
		String path = ModelPaths.path(element);
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof EquipmentType) {
				return "Types/" + path;
			}
		}
		return path;
	}
}
