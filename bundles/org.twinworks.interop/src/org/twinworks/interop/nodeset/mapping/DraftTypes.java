// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.nodeset.InstanceDeclaration;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.StandardNodes;
import org.twinworks.interop.nodeset.UaNode;
import org.twinworks.interop.nodeset.UaNodeClass;
import org.twinworks.interop.nodeset.UaNodeId;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;

/**
 * Object types to equipment types: the type's variables (own and inherited, and the variables of those) become
 * template signals, its properties {@link Property}s. Variables declared under a child object belong to that child,
 * which an instance maps to equipment of its own.
 */
final class DraftTypes {
	private final NodeSetLibrary library;
	private final Plant plant;
	private final DraftSignals signals;
	private final Map<UaNodeId, EquipmentType> types = new LinkedHashMap<>();
	private final Map<UaNodeId, Map<String, Signal>> templates = new HashMap<>();
	/** Asked once per object: remembered per type, since a type's references include all its instances. */
	private final Map<UaNodeId, Boolean> organizing = new HashMap<>();

	DraftTypes(NodeSetLibrary library, Plant plant, DraftSignals signals) {
		this.library = library;
		this.plant = plant;
		this.signals = signals;
	}

	/**
	 * The imported models' object types worth a type: concrete ones, and abstract ones with a subtype or an instance
	 * in the imported models.
	 */
	void mapImported(Set<Integer> namespaces, Set<UaNodeId> instantiated) {
		library.nodes().stream()
				.filter(n -> n.nodeClass() == UaNodeClass.OBJECT_TYPE && namespaces.contains(n.nodeId().namespace()))
				.filter(n -> !n.isAbstract() || instantiated.contains(n.nodeId())
						|| library.subtypes(n.nodeId()).stream().anyMatch(s -> namespaces.contains(s.namespace())))
				.sorted(NodeOrder.BY_ID).forEach(n -> typeFor(n.nodeId()));
	}

	/** The equipment type of an object type, made on first use; null for BaseObjectType and the base's folders. */
	@Nullable
	EquipmentType typeFor(@Nullable UaNodeId objectType) {
		if (objectType == null || objectType.equals(StandardNodes.BASE_OBJECT_TYPE)
				|| objectType.namespace() == 0 && library.isSubtypeOf(objectType, StandardNodes.FOLDER_TYPE)) {
			return null;
		}
		UaNode node = library.node(objectType);
		if (node == null || node.nodeClass() != UaNodeClass.OBJECT_TYPE) {
			return null;
		}
		EquipmentType existing = types.get(objectType);
		return existing != null ? existing : create(node);
	}

	/** The template signal a type declares at a browse path, or null. */
	@Nullable
	Signal template(@Nullable UaNodeId objectType, String browsePath) {
		Map<String, Signal> byPath = objectType == null ? null : templates.get(objectType);
		return byPath == null ? null : byPath.get(browsePath);
	}

	/** True for no type, BaseObjectType, folders and types that declare nothing: their instances only organize. */
	boolean isOrganizing(@Nullable UaNodeId objectType) {
		return objectType == null || organizing.computeIfAbsent(objectType,
				t -> t.equals(StandardNodes.BASE_OBJECT_TYPE) || library.isSubtypeOf(t, StandardNodes.FOLDER_TYPE)
						|| library.instanceDeclarations(t).isEmpty());
	}

	private EquipmentType create(UaNode node) {
		EquipmentType type = TwinFactory.eINSTANCE.createEquipmentType();
		signals.describe(type, node);
		types.put(node.nodeId(), type);
		plant.getEquipmentTypes().add(type);
		Map<String, Signal> byPath = new LinkedHashMap<>();
		Map<String, UaNode> declared = new HashMap<>();
		for (InstanceDeclaration declaration : library.instanceDeclarations(node.nodeId())) {
			declared.put(declaration.browsePath(), declaration.node());
			if (declaration.node().nodeClass() != UaNodeClass.VARIABLE || !directlyOwned(declaration, declared)) {
				continue;
			}
			boolean topLevel = declaration.browsePath().indexOf('/') < 0;
			if (topLevel && library.isSubtypeOf(declaration.referenceType(), StandardNodes.HAS_PROPERTY)) {
				Property property = TwinFactory.eINSTANCE.createProperty();
				property.setKey(declaration.node().browseName());
				property.setValue(DraftSignals.scalarText(declaration.node().value()));
				type.getProperties().add(property);
			} else if (!library.isSubtypeOf(declaration.referenceType(), StandardNodes.HAS_PROPERTY)) {
				// the browse path is the template's tag: instances are browsed by it, as OPC UA matches declarations
				Signal template = signals.signal(declaration.node(), NodeOrder.dotted(declaration.browsePath()), null);
				type.getSignals().add(template);
				byPath.put(declaration.browsePath(), template);
			}
		}
		templates.put(node.nodeId(), byPath);
		return type;
	}

	/** Only variables whose path runs through variables: a child object's variables are the child's. */
	private static boolean directlyOwned(InstanceDeclaration declaration, Map<String, UaNode> declared) {
		String path = declaration.browsePath();
		for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
			UaNode step = declared.get(path.substring(0, slash));
			if (step == null || step.nodeClass() != UaNodeClass.VARIABLE) {
				return false;
			}
		}
		return true;
	}
}
