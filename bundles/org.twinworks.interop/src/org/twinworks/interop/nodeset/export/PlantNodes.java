// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import static org.twinworks.interop.nodeset.export.Aliases.HAS_COMPONENT;
import static org.twinworks.interop.nodeset.export.Aliases.HAS_MODELLING_RULE;
import static org.twinworks.interop.nodeset.export.Aliases.HAS_PROPERTY;
import static org.twinworks.interop.nodeset.export.Aliases.HAS_SUBTYPE;
import static org.twinworks.interop.nodeset.export.Aliases.HAS_TYPE_DEFINITION;
import static org.twinworks.interop.nodeset.export.Aliases.ORGANIZES;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Area;
import org.twinworks.model.EngineeringUnit;
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

/**
 * Writes the plant's nodes: the type library, then the hierarchy depth first, each node followed by its children,
 * in the model's order. References are written both ways (the child's inverse one and the parent's forward one), as
 * the OPC Foundation's own NodeSets do, so a loader that follows either direction finds the whole tree.
 */
final class PlantNodes {
	private final UaXml xml;
	private final NodeIdTable ids;
	private final Aliases aliases;
	private final List<String> warnings;
	private int objectTypes;
	private int objects;
	private int variables;

	PlantNodes(UaXml xml, NodeIdTable ids, Aliases aliases, List<String> warnings) {
		this.xml = xml;
		this.ids = ids;
		this.aliases = aliases;
		this.warnings = warnings;
	}

	/** Declares the aliases {@link #write(Plant)} will use, so the alias table can precede the nodes. */
	static void declareAliases(NodeIdTable ids, Aliases aliases) {
		for (EObject element : ids.elements()) {
			aliases.declare(HAS_TYPE_DEFINITION);
			boolean declaration = inType(element);
			if (declaration) {
				aliases.declare(HAS_MODELLING_RULE);
			}
			if (element instanceof EquipmentType) {
				aliases.declare(HAS_SUBTYPE);
			} else if (element instanceof Signal signal) {
				aliases.declare(HAS_COMPONENT);
				aliases.declare(SignalEncoding.dataType(signal.getDataType()));
				for (String property : NodeIdTable.signalProperties(signal)) {
					aliases.declare(HAS_PROPERTY);
					aliases.declare(propertyDataType(property));
				}
			} else if (element instanceof Property) {
				aliases.declare(HAS_PROPERTY);
				aliases.declare(Aliases.STRING);
			} else if (element instanceof Equipment equipment) {
				aliases.declare(equipment.getHolder() instanceof Equipment ? HAS_COMPONENT : ORGANIZES);
			} else {
				aliases.declare(ORGANIZES);
			}
		}
	}

	ExportSummary summary() {
		return new ExportSummary(objectTypes, objects, variables, warnings);
	}

	void write(Plant plant) throws XMLStreamException {
		for (EquipmentType type : plant.getEquipmentTypes()) {
			type(type);
		}
		for (Area area : plant.getAreas()) {
			folder(area, BaseModel.OBJECTS_FOLDER, area.getWorkCenters());
			equipmentOf(area);
			for (WorkCenter center : area.getWorkCenters()) {
				folder(center, ids.id(area), center.getUnits());
				equipmentOf(center);
				for (Unit unit : center.getUnits()) {
					folder(unit, ids.id(center), List.of());
					equipmentOf(unit);
				}
			}
		}
	}

	private void type(EquipmentType type) throws XMLStreamException {
		String id = ids.id(type);
		xml.open("UAObjectType");
		xml.attribute("NodeId", id);
		xml.attribute("BrowseName", "1:" + label(type));
		names(type);
		xml.open("References");
		reference(HAS_SUBTYPE, BaseModel.BASE_OBJECT_TYPE, false);
		for (Signal template : type.getSignals()) {
			reference(HAS_COMPONENT, ids.id(template), true);
		}
		for (Property property : type.getProperties()) {
			reference(HAS_PROPERTY, ids.id(property), true);
		}
		xml.close();
		xml.close();
		objectTypes++;
		for (Signal template : type.getSignals()) {
			signal(template, id, template.getTag());
		}
		for (Property property : type.getProperties()) {
			property(property, id);
		}
	}

	private void folder(EquipmentHolder holder, String parentId, List<? extends EquipmentHolder> subfolders)
			throws XMLStreamException {
		object(holder, parentId, BaseModel.FOLDER_TYPE, ORGANIZES, "1:" + label(holder));
		for (Equipment equipment : holder.getEquipment()) {
			reference(ORGANIZES, ids.id(equipment), true);
		}
		for (EquipmentHolder subfolder : subfolders) {
			reference(ORGANIZES, ids.id(subfolder), true);
		}
		endObject();
	}

	private void equipmentOf(EquipmentHolder holder) throws XMLStreamException {
		for (Equipment equipment : holder.getEquipment()) {
			equipment(equipment, ids.id(holder), holder instanceof Equipment ? HAS_COMPONENT : ORGANIZES);
		}
	}

	private void equipment(Equipment equipment, String parentId, String parentReference) throws XMLStreamException {
		String id = ids.id(equipment);
		String type = ids.typeId(equipment.getType());
		object(equipment, parentId, type == null ? BaseModel.BASE_OBJECT_TYPE : type, parentReference,
				"1:" + label(equipment));
		for (Property property : equipment.getProperties()) {
			reference(HAS_PROPERTY, ids.id(property), true);
		}
		for (Signal signal : equipment.getSignals()) {
			reference(HAS_COMPONENT, ids.id(signal), true);
		}
		for (Equipment child : equipment.getEquipment()) {
			reference(HAS_COMPONENT, ids.id(child), true);
		}
		endObject();
		for (Property property : equipment.getProperties()) {
			property(property, id);
		}
		for (Signal signal : equipment.getSignals()) {
			signal(signal, id, instanceBrowseName(equipment, signal));
		}
		equipmentOf(equipment);
	}

	/** Opens a UAObject and its References, leaving them open for the forward references to its children. */
	private void object(Named element, String parentId, String typeDefinition, String parentReference,
			String browseName) throws XMLStreamException {
		xml.open("UAObject");
		xml.attribute("NodeId", ids.id(element));
		xml.attribute("BrowseName", browseName);
		xml.attribute("ParentNodeId", parentId);
		names(element);
		xml.open("References");
		reference(HAS_TYPE_DEFINITION, typeDefinition, true);
		reference(parentReference, parentId, false);
		objects++;
	}

	private void endObject() throws XMLStreamException {
		xml.close();
		xml.close();
	}

	private void signal(Signal signal, String parentId, @Nullable String browseName) throws XMLStreamException {
		String id = ids.id(signal);
		boolean declaration = inType(signal);
		List<String> properties = NodeIdTable.signalProperties(signal);
		xml.open("UAVariable");
		xml.attribute("NodeId", id);
		xml.attribute("BrowseName", "1:" + (browseName == null || browseName.isBlank() ? label(signal) : browseName));
		xml.attribute("ParentNodeId", parentId);
		xml.attribute("DataType", aliases.use(SignalEncoding.dataType(signal.getDataType())));
		String access = Integer.toString(SignalEncoding.accessLevel(signal));
		xml.attribute("AccessLevel", access);
		xml.attribute("UserAccessLevel", access);
		names(signal);
		xml.open("References");
		reference(HAS_TYPE_DEFINITION, SignalEncoding.typeDefinition(signal), true);
		if (declaration) {
			reference(HAS_MODELLING_RULE, BaseModel.MANDATORY, true);
		}
		reference(HAS_COMPONENT, parentId, false);
		for (String property : properties) {
			reference(HAS_PROPERTY, ids.propertyId(signal, property), true);
		}
		xml.close();
		value(signal);
		xml.close();
		variables++;
		for (String property : properties) {
			signalProperty(signal, property, declaration);
		}
	}

	private void value(Signal signal) throws XMLStreamException {
		String text = SignalEncoding.valueText(signal);
		if (text != null) {
			xml.open("Value");
			xml.valueElement(SignalEncoding.dataType(signal.getDataType()), text);
			xml.close();
		} else if (signal.getNominalValue() != null && !signal.getNominalValue().isBlank()) {
			warnings.add(ModelPaths.describe(signal) + ": the nominal value '" + signal.getNominalValue()
					+ "' is not a " + signal.getDataType().getLiteral() + "; exported without a Value");
		}
	}

	private void signalProperty(Signal signal, String property, boolean declaration) throws XMLStreamException {
		String parentId = ids.id(signal);
		xml.open("UAVariable");
		xml.attribute("NodeId", ids.propertyId(signal, property));
		xml.attribute("BrowseName", property);
		xml.attribute("ParentNodeId", parentId);
		xml.attribute("DataType", aliases.use(propertyDataType(property)));
		if (property.equals("EnumStrings")) {
			xml.attribute("ValueRank", "1");
			xml.attribute("ArrayDimensions", "0");
		}
		xml.element("DisplayName", property);
		propertyReferences(parentId, declaration);
		xml.open("Value");
		switch (property) {
		case "EURange" -> range(signal);
		case "EngineeringUnits" -> engineeringUnits(signal.getUnit());
		default -> enumStrings(signal);
		}
		xml.close();
		xml.close();
		variables++;
	}

	private void property(Property property, String parentId) throws XMLStreamException {
		String key = property.getKey() == null || property.getKey().isBlank()
				? "(unnamed property)"
				: property.getKey();
		xml.open("UAVariable");
		xml.attribute("NodeId", ids.id(property));
		xml.attribute("BrowseName", "1:" + key);
		xml.attribute("ParentNodeId", parentId);
		xml.attribute("DataType", aliases.use(Aliases.STRING));
		xml.element("DisplayName", key);
		propertyReferences(parentId, inType(property));
		if (property.getValue() != null) {
			xml.open("Value");
			xml.valueElement("String", property.getValue());
			xml.close();
		}
		xml.close();
		variables++;
	}

	private void propertyReferences(String parentId, boolean declaration) throws XMLStreamException {
		xml.open("References");
		reference(HAS_TYPE_DEFINITION, BaseModel.PROPERTY_TYPE, true);
		if (declaration) {
			reference(HAS_MODELLING_RULE, BaseModel.MANDATORY, true);
		}
		reference(HAS_PROPERTY, parentId, false);
		xml.close();
	}

	private void range(Signal signal) throws XMLStreamException {
		extensionObject(BaseModel.RANGE_XML_ENCODING, "Range");
		xml.valueElement("Low", SignalEncoding.xsDouble(signal.getRangeLow()));
		xml.valueElement("High", SignalEncoding.xsDouble(signal.getRangeHigh()));
		endExtensionObject();
	}

	/** OPC 10000-8 5.6.3: UNECE codes, the unitId packing the code's characters (see {@code UneceUnits}). */
	private void engineeringUnits(EngineeringUnit unit) throws XMLStreamException {
		extensionObject(BaseModel.EU_INFORMATION_XML_ENCODING, "EUInformation");
		xml.valueElement("NamespaceUri", BaseModel.UNECE_UNITS);
		xml.valueElement("UnitId", Integer.toString(unit.getUnitId()));
		String symbol = unit.getSymbol() == null || unit.getSymbol().isBlank() ? unit.getCode() : unit.getSymbol();
		localizedText("DisplayName", symbol == null ? "" : symbol);
		if (unit.getDescription() != null && !unit.getDescription().isBlank()) {
			localizedText("Description", unit.getDescription());
		}
		endExtensionObject();
	}

	private void enumStrings(Signal signal) throws XMLStreamException {
		xml.openValue("ListOfLocalizedText");
		for (String literal : signal.getEnumLiterals()) {
			localizedText("LocalizedText", literal);
		}
		xml.close();
	}

	private void extensionObject(String encodingId, String body) throws XMLStreamException {
		xml.openValue("ExtensionObject");
		xml.openValue("TypeId");
		xml.valueElement("Identifier", encodingId);
		xml.close();
		xml.openValue("Body");
		xml.openValue(body);
	}

	private void endExtensionObject() throws XMLStreamException {
		xml.close();
		xml.close();
		xml.close();
	}

	private void localizedText(String element, String text) throws XMLStreamException {
		xml.openValue(element);
		xml.valueElement("Text", text);
		xml.close();
	}

	private void names(Named element) throws XMLStreamException {
		xml.element("DisplayName",
				element.getName() == null || element.getName().isBlank() ? label(element) : element.getName());
		if (element.getDescription() != null && !element.getDescription().isBlank()) {
			xml.element("Description", element.getDescription());
		}
	}

	private void reference(String type, String target, boolean forward) throws XMLStreamException {
		xml.open("Reference");
		xml.attribute("ReferenceType", aliases.use(type));
		if (!forward) {
			xml.attribute("IsForward", "false");
		}
		xml.text(target);
		xml.close();
	}

	/**
	 * An instance's child has the BrowseName of the type's instance declaration it instantiates, as OPC UA matches
	 * them: {@code RUN} for P-101.RUN made from the pump type's RUN. A signal whose tag no longer follows
	 * {@code <equipment tag>.<template tag>} keeps its whole tag.
	 */
	private static @Nullable String instanceBrowseName(Equipment equipment, Signal signal) {
		Signal template = signal.getTemplate();
		if (template != null && template.eContainer() == equipment.getType() && template.getTag() != null
				&& signal.getTag() != null && signal.getTag().equals(equipment.getTag() + "." + template.getTag())) {
			return template.getTag();
		}
		return signal.getTag();
	}

	private static String propertyDataType(String property) {
		return switch (property) {
		case "EURange" -> Aliases.RANGE;
		case "EngineeringUnits" -> Aliases.EU_INFORMATION;
		default -> Aliases.LOCALIZED_TEXT;
		};
	}

	private static String label(EObject element) {
		return ModelPaths.label(element);
	}

	private static boolean inType(EObject element) {
		return element.eContainer() instanceof EquipmentType;
	}
}
