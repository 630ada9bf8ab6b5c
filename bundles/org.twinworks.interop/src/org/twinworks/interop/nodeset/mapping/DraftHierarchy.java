// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.StandardNodes;
import org.twinworks.interop.nodeset.UaNode;
import org.twinworks.interop.nodeset.UaNodeClass;
import org.twinworks.interop.nodeset.UaReference;
import org.twinworks.interop.tags.TagConvention;
import org.twinworks.model.Area;
import org.twinworks.model.Property;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;

/**
 * The imported models' objects under the Objects folder (the Server object and the type tree are not instances) to
 * the hierarchy. An object with variables of its own, or of a type that declares children, is equipment; any other
 * (folders, plain BaseObjectType objects: organizing objects) becomes an area at the top, a work centre below an area, a unit below a
 * work centre, and is looked through deeper down. Objects of models not imported are looked through too.
 */
final class DraftHierarchy {
	private static final int MAX_DEPTH = 64;

	private final NodeSetLibrary library;
	private final Set<Integer> namespaces;
	private final Plant plant;
	private final DraftTypes types;
	private final DraftSignals signals;
	private final List<String> warnings;
	private final Set<Object> visited = new HashSet<>();
	private final Map<UaNode, Area> implicitAreas = new HashMap<>();

	DraftHierarchy(NodeSetLibrary library, Set<Integer> namespaces, Plant plant, DraftTypes types, DraftSignals signals,
			List<String> warnings) {
		this.library = library;
		this.namespaces = namespaces;
		this.plant = plant;
		this.types = types;
		this.signals = signals;
		this.warnings = warnings;
	}

	void map() {
		UaNode objects = library.node(StandardNodes.OBJECTS_FOLDER);
		if (objects != null) {
			visitChildren(objects, null, 0);
		}
	}

	/** @param holder where objects found below go; null at the plant's top */
	private void visitChildren(UaNode parent, @Nullable EquipmentHolder holder, int depth) {
		if (depth > MAX_DEPTH) {
			warnings.add(parent.file() + ":" + parent.line() + ": the hierarchy is deeper than " + MAX_DEPTH
					+ " levels below " + library.nsu(parent.nodeId()) + "; not followed further");
			return;
		}
		for (UaReference reference : library.children(parent.nodeId())) {
			UaNode child = library.node(reference.target());
			if (child == null || child.nodeClass() != UaNodeClass.OBJECT || child.nodeId().equals(StandardNodes.SERVER)
					|| !visited.add(child.nodeId())) {
				continue;
			}
			if (!namespaces.contains(child.nodeId().namespace())) {
				visitChildren(child, holder, depth + 1);
			} else if (isEquipment(child)) {
				Equipment equipment = equipment(child, holder);
				(holder != null ? holder : areaFor(parent)).getEquipment().add(equipment);
				visitChildren(child, equipment, depth + 1);
			} else {
				EquipmentHolder organizer = organizer(child, holder);
				visitChildren(child, organizer != null ? organizer : holder, depth + 1);
			}
		}
	}

	private boolean isEquipment(UaNode object) {
		return !variables(object).isEmpty() || !types.isOrganizing(library.typeDefinition(object.nodeId()));
	}

	/** An area, work centre or unit one level below the holder; null where we only look through. */
	private @Nullable EquipmentHolder organizer(UaNode object, @Nullable EquipmentHolder holder) {
		EquipmentHolder created;
		if (holder == null) {
			Area area = TwinFactory.eINSTANCE.createArea();
			plant.getAreas().add(area);
			created = area;
		} else if (holder instanceof Area area) {
			WorkCenter workCenter = TwinFactory.eINSTANCE.createWorkCenter();
			area.getWorkCenters().add(workCenter);
			created = workCenter;
		} else if (holder instanceof WorkCenter workCenter) {
			Unit unit = TwinFactory.eINSTANCE.createUnit();
			workCenter.getUnits().add(unit);
			created = unit;
		} else {
			return null;
		}
		signals.describe(created, object);
		return created;
	}

	/** Equipment at the top needs an area: the folder it was found in, though that folder is not imported. */
	private Area areaFor(UaNode folder) {
		return implicitAreas.computeIfAbsent(folder, f -> {
			Area area = TwinFactory.eINSTANCE.createArea();
			signals.describe(area, f);
			plant.getAreas().add(area);
			return area;
		});
	}

	private Equipment equipment(UaNode object, @Nullable EquipmentHolder holder) {
		Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
		signals.describe(equipment, object);
		String tag = holder instanceof Equipment parent && parent.getTag() != null
				&& TagConvention.equipmentTag(object.browseName()) == null
						? parent.getTag() + "." + object.browseName()
						: object.browseName();
		equipment.setTag(tag);
		var typeId = library.typeDefinition(object.nodeId());
		equipment.setType(types.typeFor(typeId));
		for (Found found : variables(object)) {
			if (found.property) {
				Property property = TwinFactory.eINSTANCE.createProperty();
				property.setKey(found.variable.browseName());
				property.setValue(DraftSignals.scalarText(found.variable.value()));
				equipment.getProperties().add(property);
				continue;
			}
			Signal signal = signals.signal(found.variable, signalTag(tag, NodeOrder.dotted(found.path)), null);
			signal.setTemplate(types.template(typeId, found.path));
			equipment.getSignals().add(signal);
			signals.bind(signal, found.variable);
		}
		return equipment;
	}

	/** The signal's own tag when its browse name is one ({@code MCC-01.V}), else under its equipment's. */
	private static String signalTag(String equipmentTag, String browsePath) {
		return browsePath.startsWith(equipmentTag + ".")
				? browsePath
				: TagConvention.signalTag(browsePath, equipmentTag);
	}

	/** @param property a property of the object itself (nameplate data), not a signal */
	private record Found(String path, UaNode variable, boolean property) {
	}

	/** The object's variables, and the variables of those (not their properties: EURange and the like describe them). */
	private List<Found> variables(UaNode object) {
		List<Found> found = new ArrayList<>();
		collect(object, "", found, 0);
		return found;
	}

	private void collect(UaNode parent, String prefix, List<Found> into, int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		for (UaReference reference : library.children(parent.nodeId())) {
			UaNode child = library.node(reference.target());
			if (child == null || child.nodeClass() != UaNodeClass.VARIABLE) {
				continue;
			}
			boolean property = library.isSubtypeOf(reference.type(), StandardNodes.HAS_PROPERTY);
			if (parent.nodeClass() == UaNodeClass.VARIABLE && property) {
				continue;
			}
			String path = prefix + child.browseName();
			into.add(new Found(path, child, property));
			if (property) {
				continue;
			}
			collect(child, path + "/", into, depth + 1);
		}
	}
}
