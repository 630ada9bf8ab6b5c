// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.tags.TagConvention;
import org.twinworks.live.NodeDetails;
import org.twinworks.model.Area;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Property;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;

/**
 * The walked tree as a draft plant, the hierarchy as the structure suggests: below the start node, objects that
 * organize others become areas, then work centres, then units; an object with variables of its own (or of a type
 * other than the base model's) is equipment, and everything below equipment is equipment too. Variables become
 * signals ({@link SignalReader}), an equipment's properties its properties.
 */
public final class DraftBuilder {
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private enum Role {
		PLANT, AREA, WORK_CENTER, UNIT, EQUIPMENT
	}

	private final Map<String, NodeDetails> details;
	private final Map<String, String> typeNames;
	private final List<String> warnings;
	private final Plant plant = F.createPlant();
	private final Map<String, EquipmentType> types = new HashMap<>();
	private final SignalReader signals;
	private @Nullable Area topArea;
	private @Nullable WalkedNode start;

	/**
	 * @param details   the attributes of every walked node (and of the start node), by node id
	 * @param typeNames the BrowseName of every type definition outside the base namespace, by node id
	 */
	public DraftBuilder(Map<String, NodeDetails> details, Map<String, String> typeNames, String endpointUrl,
			List<String> warnings) {
		this.details = details;
		this.typeNames = typeNames;
		this.warnings = warnings;
		Twin twin = F.createTwin();
		Endpoint endpoint = F.createEndpoint();
		endpoint.setName(endpointUrl);
		endpoint.setUrl(endpointUrl);
		twin.getEndpoints().add(endpoint);
		plant.setTwin(twin);
		signals = new SignalReader(plant, endpoint, warnings);
	}

	public Plant build(WalkedNode root) {
		start = root;
		plant.setName(root.node().displayName());
		plant.setNamespaceUri(root.node().namespaceUri());
		String description = details(root).description();
		if (description != null && !description.equals(plant.getName())) {
			plant.setDescription(description);
		}
		if (equipmentLike(root)) {
			// the start node is itself equipment: it needs an area to sit in, named after it
			Area area = F.createArea();
			area.setName(root.node().displayName());
			plant.getAreas().add(area);
			place(root, area);
		} else {
			for (WalkedNode child : root.children()) {
				if (child.node().isObject()) {
					place(child, Role.PLANT, plant);
				}
			}
		}
		return plant;
	}

	private void place(WalkedNode object, Role parentRole, Object parent) {
		if (parentRole == Role.UNIT || parentRole == Role.EQUIPMENT || equipmentLike(object)) {
			place(object, parentRole == Role.PLANT ? topArea() : (EquipmentHolder) parent);
			return;
		}
		Role role = switch (parentRole) {
		case PLANT -> Role.AREA;
		case AREA -> Role.WORK_CENTER;
		default -> Role.UNIT;
		};
		EquipmentHolder holder = switch (role) {
		case AREA -> {
			Area area = F.createArea();
			plant.getAreas().add(area);
			yield area;
		}
		case WORK_CENTER -> {
			WorkCenter centre = F.createWorkCenter();
			((Area) parent).getWorkCenters().add(centre);
			yield centre;
		}
		default -> {
			Unit unit = F.createUnit();
			((WorkCenter) parent).getUnits().add(unit);
			yield unit;
		}
		};
		name(holder, object, null);
		for (WalkedNode child : object.children()) {
			if (child.node().isObject()) {
				place(child, role, holder);
			}
		}
	}

	/** {@code object} as equipment in {@code holder}, with its signals, properties and the equipment below it. */
	private void place(WalkedNode object, EquipmentHolder holder) {
		Equipment equipment = F.createEquipment();
		String tag = TagConvention.equipmentTag(object.node().browseName());
		if (tag != null) {
			equipment.setTag(tag);
		}
		name(equipment, object, tag);
		equipment.setType(type(object));
		holder.getEquipment().add(equipment);
		for (WalkedNode child : object.children()) {
			if (child.node().isObject()) {
				place(child, equipment);
			} else if (child.isSignalLike()) {
				signals.read(child, details(child), equipment);
			} else {
				property(child, equipment);
			}
		}
	}

	/** The area for equipment found right below the start node: named after the start node, made once. */
	private Area topArea() {
		if (topArea == null) {
			WalkedNode root = start;
			topArea = F.createArea();
			topArea.setName(root.node().displayName());
			topArea.setSourceId(SignalReader.sourceId(root.nodeId()));
			plant.getAreas().add(topArea);
		}
		return topArea;
	}

	private boolean equipmentLike(WalkedNode object) {
		return typeNames.containsKey(String.valueOf(object.node().typeDefinition()))
				|| object.children().stream().anyMatch(WalkedNode::isSignalLike);
	}

	private @Nullable EquipmentType type(WalkedNode object) {
		String typeId = object.node().typeDefinition();
		String name = typeId == null ? null : typeNames.get(typeId);
		if (name == null) {
			return null;
		}
		return types.computeIfAbsent(typeId, id -> {
			EquipmentType type = F.createEquipmentType();
			type.setName(name);
			type.setSourceId(SignalReader.sourceId(id));
			plant.getEquipmentTypes().add(type);
			return type;
		});
	}

	/** A property with a plain value (text, number, boolean) becomes one of the equipment's properties. */
	private void property(WalkedNode variable, Equipment equipment) {
		NodeDetails node = details(variable);
		Object value = node.value() == null ? null : node.value().value();
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
			Property property = F.createProperty();
			property.setKey(variable.node().browseName());
			property.setValue(value.toString());
			equipment.getProperties().add(property);
		}
	}

	private void name(Named element, WalkedNode walked, @Nullable String tag) {
		element.setSourceId(SignalReader.sourceId(walked.nodeId()));
		String displayName = walked.node().displayName();
		SignalReader.name(element, displayName, details(walked).description(), tag != null && tag.equals(displayName));
	}

	private NodeDetails details(WalkedNode walked) {
		NodeDetails node = details.get(walked.nodeId());
		return node != null ? node : NodeDetails.missing(walked.nodeId(), "not read");
	}
}
