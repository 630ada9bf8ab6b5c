// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.aml.AmlVocabulary;
import org.twinworks.interop.aml.CaexDocument;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Medium;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.WorkCenterKind;

/**
 * Writes a plant as AutomationML (CAEX 3.0, IEC 62714-1:2018) that {@link AmlImporter} reads back to the same
 * hierarchy, names, IDs, links and attributes. Areas, work centres, units and equipment are InternalElements with
 * RoleRequirements into {@value AmlVocabulary#ROLE_LIBRARY} (written into the file, with equipment kinds as
 * subclasses); ports and signals are ExternalInterfaces of {@value AmlVocabulary#INTERFACE_LIBRARY}; equipment types
 * are SystemUnitClasses; connections are InternalLinks in the area of their source. An element imported from
 * AutomationML keeps its CAEX ID; any other gets a name-based UUID from its source id (or its place in the plant), so
 * exporting the same plant twice gives the same IDs.
 */
public final class AmlExporter {
	private static final String NS = CaexDocument.NAMESPACE_3_0;
	private static final String TYPE_LIBRARY = "TwinworksSystemUnitClassLib";
	private static final String SIGNAL_CLASS = AmlVocabulary.INTERFACE_LIBRARY + "/SignalInterface";

	private final XMLStreamWriter xml;
	private final Map<EObject, String> ids = new IdentityHashMap<>();
	private final Map<EquipmentType, String> typeNames = new LinkedHashMap<>();
	private final Map<Area, List<Connection>> linksByArea = new IdentityHashMap<>();
	private final java.util.Deque<Boolean> open = new java.util.ArrayDeque<>();
	private int elements;

	private AmlExporter(XMLStreamWriter xml) {
		this.xml = xml;
	}

	/** Writes the file atomically; returns how many CAEX elements it holds. */
	public static int write(Path target, Plant plant) throws IOException {
		int[] count = new int[1];
		AtomicFileWriter.write(target, out -> count[0] = write(plant, out, target.getFileName().toString()));
		return count[0];
	}

	/** Writes the plant to the stream (left open); returns how many CAEX elements were written. */
	public static int write(Plant plant, OutputStream out, String fileName) throws IOException {
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out,
					StandardCharsets.UTF_8.name());
			AmlExporter exporter = new AmlExporter(writer);
			exporter.document(plant, fileName);
			writer.flush();
			return exporter.elements;
		} catch (XMLStreamException cannotWrite) {
			throw new IOException("cannot write " + fileName + ": " + cannotWrite.getMessage(), cannotWrite);
		}
	}

	private void document(Plant plant, String fileName) throws XMLStreamException {
		for (Connection connection : plant.getConnections()) {
			Area area = areaOf(connection.getSource());
			if (area != null && areaOf(connection.getTarget()) != null) {
				linksByArea.computeIfAbsent(area, a -> new ArrayList<>()).add(connection);
			}
		}
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NS);
		start("CAEXFile");
		xml.writeDefaultNamespace(NS);
		xml.writeAttribute("FileName", fileName);
		xml.writeAttribute("SchemaVersion", "3.0");
		text("SuperiorStandardVersion", "AutomationML 2.10");
		empty("SourceDocumentInformation");
		xml.writeAttribute("OriginName", "Twinworks");
		xml.writeAttribute("OriginID", "org.twinworks");
		xml.writeAttribute("OriginVersion", "0.1");
		xml.writeAttribute("LastWritingDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		start("InstanceHierarchy");
		xml.writeAttribute("Name", plant.getName() == null ? "Plant" : plant.getName());
		for (Area area : plant.getAreas()) {
			area(area);
		}
		end();
		interfaceLibrary();
		roleLibrary();
		typeLibrary();
		end();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
	}

	private void area(Area area) throws XMLStreamException {
		element(area, "Area");
		for (WorkCenter center : area.getWorkCenters()) {
			element(center, center.getKind() == null ? "WorkCenter" : "WorkCenter/" + center.getKind().getLiteral());
			for (Unit unit : center.getUnits()) {
				element(unit, "Unit");
				equipmentOf(unit.getEquipment());
				close(unit, "Unit");
			}
			equipmentOf(center.getEquipment());
			close(center, "WorkCenter");
		}
		equipmentOf(area.getEquipment());
		for (Connection connection : linksByArea.getOrDefault(area, List.of())) {
			empty("InternalLink");
			xml.writeAttribute("Name",
					connection.getName() != null
							? connection.getName()
							: connection.getTag() != null ? connection.getTag() : "link");
			xml.writeAttribute("ID", id(connection));
			xml.writeAttribute("RefPartnerSideA", partner(connection.getSource()));
			xml.writeAttribute("RefPartnerSideB", partner(connection.getTarget()));
		}
		close(area, "Area");
	}

	private String partner(Port port) {
		return id((EObject) port.eContainer()) + ":" + port.getName();
	}

	private void equipmentOf(List<Equipment> list) throws XMLStreamException {
		for (Equipment equipment : list) {
			element(equipment, null);
			for (Property property : equipment.getProperties()) {
				start("Attribute");
				xml.writeAttribute("Name", property.getKey() == null ? "" : property.getKey());
				if (property.getUnit() != null) {
					xml.writeAttribute("Unit", property.getUnit());
				}
				xml.writeAttribute("AttributeDataType", "xs:string");
				if (property.getValue() != null) {
					text("Value", property.getValue());
				}
				end();
			}
			if (equipment.getTag() != null && !equipment.getTag().equals(equipment.getName())) {
				attribute("Tag", "xs:string", equipment.getTag());
			}
			for (Port port : equipment.getPorts()) {
				port(port);
			}
			for (Signal signal : equipment.getSignals()) {
				signal(signal);
			}
			equipmentOf(equipment.getEquipment());
			EquipmentKind kind = equipment.getKind();
			close(equipment,
					kind == null || kind == EquipmentKind.OTHER ? "Equipment" : "Equipment/" + kind.getLiteral());
		}
	}

	private void port(Port port) throws XMLStreamException {
		start("ExternalInterface");
		xml.writeAttribute("Name", port.getName() == null ? "" : port.getName());
		xml.writeAttribute("ID", id(port));
		Medium medium = port.getMedium();
		xml.writeAttribute("RefBaseClassPath",
				AmlVocabulary.INTERFACE_LIBRARY + "/Port"
						+ (port.eIsSet(port.eClass().getEStructuralFeature("medium")) && medium != null
								? "/" + medium.getLiteral()
								: ""));
		if (port.getDirection() != null && port.eIsSet(port.eClass().getEStructuralFeature("direction"))) {
			attribute("Direction", "xs:string", switch (port.getDirection()) {
			case IN -> "In";
			case OUT -> "Out";
			case BIDIRECTIONAL -> "InOut";
			});
		}
		end();
		elements++;
	}

	private void signal(Signal signal) throws XMLStreamException {
		start("ExternalInterface");
		xml.writeAttribute("Name", signal.getName() != null ? signal.getName() : signal.getTag());
		xml.writeAttribute("ID", id(signal));
		xml.writeAttribute("RefBaseClassPath", SIGNAL_CLASS);
		if (signal.getDescription() != null) {
			text("Description", signal.getDescription());
		}
		attribute("Tag", "xs:string", signal.getTag());
		if (signal.getDirection() != null) {
			attribute("Direction", "xs:string", signal.getDirection().getLiteral());
		}
		start("Attribute");
		xml.writeAttribute("Name", "Value");
		if (signal.getUnit() != null && signal.getUnit().getCode() != null) {
			xml.writeAttribute("Unit", signal.getUnit().getCode());
		}
		xml.writeAttribute("AttributeDataType", AmlVocabulary.xsType(signal.getDataType()));
		if (signal.getNominalValue() != null) {
			text("Value", signal.getNominalValue());
		}
		if (signal.getRangeLow() != null || signal.getRangeHigh() != null) {
			start("Constraint");
			xml.writeAttribute("Name", "Range");
			start("OrdinalScaledType");
			if (signal.getRangeHigh() != null) {
				text("RequiredMaxValue", signal.getRangeHigh().toString());
			}
			if (signal.getRangeLow() != null) {
				text("RequiredMinValue", signal.getRangeLow().toString());
			}
			end();
			end();
		}
		end();
		end();
		elements++;
	}

	private void attribute(String name, String type, @Nullable String value) throws XMLStreamException {
		start("Attribute");
		xml.writeAttribute("Name", name);
		xml.writeAttribute("AttributeDataType", type);
		if (value != null) {
			text("Value", value);
		}
		end();
	}

	/** Opens an InternalElement; what follows the children (role, type) is written by {@link #close}. */
	private void element(Named named, @Nullable String ignoredRole) throws XMLStreamException {
		start("InternalElement");
		xml.writeAttribute("Name",
				named.getName() != null
						? named.getName()
						: named instanceof Equipment equipment && equipment.getTag() != null ? equipment.getTag() : "");
		xml.writeAttribute("ID", id(named));
		if (named instanceof Equipment equipment && equipment.getType() != null) {
			xml.writeAttribute("RefBaseSystemUnitPath", TYPE_LIBRARY + "/" + typeName(equipment.getType()));
		}
		if (named.getDescription() != null) {
			text("Description", named.getDescription());
		}
		elements++;
	}

	private void close(Named named, String role) throws XMLStreamException {
		empty("RoleRequirements");
		xml.writeAttribute("RefBaseRoleClassPath", AmlVocabulary.ROLE_LIBRARY + "/" + role);
		end();
	}

	private String typeName(EquipmentType type) {
		return typeNames.computeIfAbsent(type, t -> {
			String base = t.getName() == null || t.getName().isBlank() ? "EquipmentType" : t.getName();
			String name = base;
			for (int i = 2; typeNames.containsValue(name); i++) {
				name = base + "_" + i;
			}
			return name;
		});
	}

	private String id(EObject element) {
		return ids.computeIfAbsent(element, e -> {
			String sourceId = e instanceof Named named ? named.getSourceId() : null;
			if (sourceId != null && sourceId.startsWith(AmlImporter.SCOPE)
					&& !sourceId.startsWith(AmlImporter.CLASS_PREFIX)
					&& !sourceId.startsWith(AmlImporter.SCOPE + "name:")) {
				return sourceId.substring(AmlImporter.SCOPE.length());
			}
			String seed = sourceId != null ? sourceId : e.eClass().getName() + "#" + ids.size() + "#" + nameOf(e);
			return UUID.nameUUIDFromBytes(("twinworks:" + seed).getBytes(StandardCharsets.UTF_8)).toString();
		});
	}

	private static String nameOf(EObject e) {
		return e instanceof Named named && named.getName() != null ? named.getName() : "";
	}

	private static @Nullable Area areaOf(@Nullable EObject element) {
		EObject current = element;
		while (current != null && !(current instanceof Area)) {
			current = current.eContainer();
		}
		return (Area) current;
	}

	private void interfaceLibrary() throws XMLStreamException {
		start("InterfaceClassLib");
		xml.writeAttribute("Name", AmlVocabulary.INTERFACE_LIBRARY);
		text("Version", "1.0.0");
		start("InterfaceClass");
		xml.writeAttribute("Name", "Port");
		for (Medium medium : Medium.VALUES) {
			empty("InterfaceClass");
			xml.writeAttribute("Name", medium.getLiteral());
			xml.writeAttribute("RefBaseClassPath", AmlVocabulary.INTERFACE_LIBRARY + "/Port");
		}
		end();
		empty("InterfaceClass");
		xml.writeAttribute("Name", "SignalInterface");
		end();
	}

	private void roleLibrary() throws XMLStreamException {
		String lib = AmlVocabulary.ROLE_LIBRARY;
		start("RoleClassLib");
		xml.writeAttribute("Name", lib);
		text("Version", "1.0.0");
		empty("RoleClass");
		xml.writeAttribute("Name", "Area");
		start("RoleClass");
		xml.writeAttribute("Name", "WorkCenter");
		for (WorkCenterKind kind : WorkCenterKind.VALUES) {
			empty("RoleClass");
			xml.writeAttribute("Name", kind.getLiteral());
			xml.writeAttribute("RefBaseClassPath", lib + "/WorkCenter");
		}
		end();
		empty("RoleClass");
		xml.writeAttribute("Name", "Unit");
		start("RoleClass");
		xml.writeAttribute("Name", "Equipment");
		for (EquipmentKind kind : EquipmentKind.VALUES) {
			if (kind != EquipmentKind.OTHER) {
				empty("RoleClass");
				xml.writeAttribute("Name", kind.getLiteral());
				xml.writeAttribute("RefBaseClassPath", lib + "/Equipment");
			}
		}
		end();
		end();
	}

	private void typeLibrary() throws XMLStreamException {
		if (typeNames.isEmpty()) {
			return;
		}
		start("SystemUnitClassLib");
		xml.writeAttribute("Name", TYPE_LIBRARY);
		for (Map.Entry<EquipmentType, String> entry : typeNames.entrySet()) {
			EquipmentType type = entry.getKey();
			start("SystemUnitClass");
			xml.writeAttribute("Name", entry.getValue());
			if (type.getDescription() != null) {
				text("Description", type.getDescription());
			}
			if (type.getKind() != null && type.getKind() != EquipmentKind.OTHER) {
				empty("SupportedRoleClass");
				xml.writeAttribute("RefRoleClassPath",
						AmlVocabulary.ROLE_LIBRARY + "/Equipment/" + type.getKind().getLiteral());
			}
			end();
		}
		end();
	}

	/** One element a line, indented, so that import errors on an exported file point at a useful line. */
	private void start(String tag) throws XMLStreamException {
		indent();
		xml.writeStartElement(NS, tag);
		open.push(Boolean.FALSE);
	}

	private void empty(String tag) throws XMLStreamException {
		indent();
		xml.writeEmptyElement(NS, tag);
	}

	private void end() throws XMLStreamException {
		if (open.pop()) {
			xml.writeCharacters("\n" + "\t".repeat(open.size()));
		}
		xml.writeEndElement();
	}

	private void indent() throws XMLStreamException {
		if (!open.isEmpty()) {
			open.pop();
			open.push(Boolean.TRUE);
		}
		xml.writeCharacters("\n" + "\t".repeat(open.size()));
	}

	private void text(String tag, String value) throws XMLStreamException {
		start(tag);
		xml.writeCharacters(value);
		end();
	}
}
