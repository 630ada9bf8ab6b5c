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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.interop.aml.AmlFeatures;
import org.twinworks.interop.aml.AmlVocabulary;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentLevel;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Medium;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.WorkCenterKind;

/**
 * Writes a plant as AutomationML (CAEX 3.0, IEC 62714-1:2018) that {@link org.twinworks.interop.aml.AmlImporter} reads back to the same
 * hierarchy, names, IDs, links and attributes. Areas, work centres, units and equipment are InternalElements with
 * RoleRequirements into {@value AmlVocabulary#ROLE_LIBRARY} (written into the file, with equipment kinds as
 * subclasses); ports and signals are ExternalInterfaces of {@value AmlVocabulary#INTERFACE_LIBRARY} (a signal's
 * enumeration literals a nominal-scaled constraint of its Value, its alarm limits nested attributes); equipment
 * types are SystemUnitClasses with their port and signal templates and default properties; connections are
 * InternalLinks in the area of their source; endpoints with their bindings, control loops and interlocks follow the
 * areas ({@link ControlExport}). IDs come from {@link CaexIds}: kept from AutomationML, stable otherwise.
 */
public final class AmlExporter {
	private static final String NS = CaexWriter.NS;

	private final CaexWriter w;
	private final CaexIds ids = new CaexIds();
	private final Map<EquipmentType, String> typeNames = new LinkedHashMap<>();
	private final Map<Area, List<Connection>> linksByArea = new IdentityHashMap<>();
	private final Set<EObject> written = Collections.newSetFromMap(new IdentityHashMap<>());
	private int elements;

	private AmlExporter(XMLStreamWriter xml) {
		this.w = new CaexWriter(xml);
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
		for (EquipmentType type : plant.getEquipmentTypes()) {
			typeName(type);
		}
		XMLStreamWriter xml = w.xml();
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NS);
		w.start("CAEXFile");
		xml.writeDefaultNamespace(NS);
		w.attr("FileName", fileName);
		w.attr("SchemaVersion", "3.0");
		w.text("SuperiorStandardVersion", "AutomationML 2.10");
		w.empty("SourceDocumentInformation");
		w.attr("OriginName", "Twinworks");
		w.attr("OriginID", "org.twinworks");
		w.attr("OriginVersion", "0.1");
		w.attr("LastWritingDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		w.start("InstanceHierarchy");
		w.attr("Name", plant.getName() == null ? "Plant" : plant.getName());
		for (Area area : plant.getAreas()) {
			area(area);
		}
		elements += new ControlExport(w, ids, written).write(plant);
		w.end();
		interfaceLibrary();
		roleLibrary();
		typeLibrary();
		w.end();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
	}

	private void area(Area area) throws XMLStreamException {
		element(area);
		for (WorkCenter center : area.getWorkCenters()) {
			element(center);
			for (Unit unit : center.getUnits()) {
				element(unit);
				equipmentOf(unit.getEquipment());
				w.role(AmlVocabulary.ROLE_LIBRARY + "/Unit");
				w.end();
			}
			equipmentOf(center.getEquipment());
			w.role(AmlVocabulary.ROLE_LIBRARY + "/"
					+ (center.getKind() == null ? "WorkCenter" : "WorkCenter/" + center.getKind().getLiteral()));
			w.end();
		}
		equipmentOf(area.getEquipment());
		for (Connection connection : linksByArea.getOrDefault(area, List.of())) {
			w.link(connection.getName() != null
					? connection.getName()
					: connection.getTag() != null ? connection.getTag() : "link", ids.of(connection),
					partner(connection.getSource()), partner(connection.getTarget()));
		}
		w.role(AmlVocabulary.ROLE_LIBRARY + "/Area");
		w.end();
	}

	private String partner(Port port) {
		return ids.of((EObject) port.eContainer()) + ":" + port.getName();
	}

	private void equipmentOf(List<Equipment> list) throws XMLStreamException {
		for (Equipment equipment : list) {
			element(equipment);
			written.add(equipment);
			properties(equipment.getProperties());
			if (equipment.getTag() != null && !equipment.getTag().equals(equipment.getName())) {
				w.attribute("Tag", "xs:string", equipment.getTag());
			}
			interfaces(equipment.getPorts(), equipment.getSignals());
			equipmentOf(equipment.getEquipment());
			EquipmentKind kind = equipment.getKind();
			w.role(AmlVocabulary.ROLE_LIBRARY + "/"
					+ (kind == null || kind == EquipmentKind.OTHER ? "Equipment" : "Equipment/" + kind.getLiteral()));
			if (equipment.getLevel() != null && equipment.getLevel() != EquipmentLevel.EQUIPMENT) {
				w.role(AmlVocabulary.ROLE_LIBRARY + "/" + equipment.getLevel().getLiteral()); // CAEX 3.0: several roles
			}
			w.end();
		}
	}

	private void properties(List<Property> properties) throws XMLStreamException {
		for (Property property : properties) {
			w.start("Attribute");
			w.attr("Name", property.getKey() == null ? "" : property.getKey());
			if (property.getUnit() != null) {
				w.attr("Unit", property.getUnit());
			}
			w.attr("AttributeDataType", "xs:string");
			if (property.getValue() != null) {
				w.text("Value", property.getValue());
			}
			w.end();
		}
	}

	private void interfaces(List<Port> ports, List<Signal> signals) throws XMLStreamException {
		for (Port port : ports) {
			port(port);
		}
		for (Signal signal : signals) {
			signal(signal);
		}
	}

	private void port(Port port) throws XMLStreamException {
		Medium medium = port.getMedium();
		w.startInterface(port.getName() == null ? "" : port.getName(), ids.of(port), AmlVocabulary.INTERFACE_LIBRARY
				+ "/Port"
				+ (port.eIsSet(TwinPackage.Literals.PORT__MEDIUM) && medium != null ? "/" + medium.getLiteral() : ""));
		if (port.getDirection() != null && port.eIsSet(TwinPackage.Literals.PORT__DIRECTION)) {
			w.attribute("Direction", "xs:string", switch (port.getDirection()) {
			case IN -> "In";
			case OUT -> "Out";
			case BIDIRECTIONAL -> "InOut";
			});
		}
		w.end();
		elements++;
	}

	private void signal(Signal signal) throws XMLStreamException {
		w.startInterface(signal.getName() != null ? signal.getName() : signal.getTag(), ids.of(signal),
				AmlVocabulary.SIGNAL_CLASS);
		if (signal.getDescription() != null) {
			w.text("Description", signal.getDescription());
		}
		w.attribute("Tag", "xs:string", signal.getTag());
		if (signal.getDirection() != null) {
			w.attribute("Direction", "xs:string", signal.getDirection().getLiteral());
		}
		if (signal.eIsSet(TwinPackage.Literals.SIGNAL__ACCESS)) {
			w.attribute("Access", "xs:string", signal.getAccess().getLiteral());
		}
		signalValue(signal);
		if (!signal.getAlarmLimits().isEmpty()) {
			w.start("Attribute");
			w.attr("Name", AmlVocabulary.ALARM_LIMITS);
			for (AlarmLimit limit : signal.getAlarmLimits()) {
				if (limit.getKind() != null) {
					w.start("Attribute");
					w.attr("Name", limit.getKind().getLiteral());
					w.attr("AttributeDataType", "xs:double");
					w.text("Value", AmlFeatures.text(TwinPackage.Literals.ALARM_LIMIT__VALUE, limit.getValue()));
					w.features(limit, AmlFeatures.ALARM_LIMIT);
					w.end();
				}
			}
			w.end();
		}
		w.end();
		written.add(signal);
		elements++;
	}

	private void signalValue(Signal signal) throws XMLStreamException {
		w.start("Attribute");
		w.attr("Name", "Value");
		String code = signal.getUnit() == null ? null : signal.getUnit().getCode();
		if (code != null) {
			w.attr("Unit", code);
		}
		w.attr("AttributeDataType", AmlVocabulary.xsType(signal.getDataType()));
		if (signal.getNominalValue() != null) {
			w.text("Value", signal.getNominalValue());
		}
		if (signal.getRangeLow() != null || signal.getRangeHigh() != null) {
			w.start("Constraint");
			w.attr("Name", "Range");
			w.start("OrdinalScaledType");
			if (signal.getRangeHigh() != null) {
				w.text("RequiredMaxValue", signal.getRangeHigh().toString());
			}
			if (signal.getRangeLow() != null) {
				w.text("RequiredMinValue", signal.getRangeLow().toString());
			}
			w.end();
			w.end();
		}
		if (!signal.getEnumLiterals().isEmpty()) {
			// the states in order, as CAEX writes the values an attribute may take
			w.start("Constraint");
			w.attr("Name", "EnumLiterals");
			w.start("NominalScaledType");
			for (String literal : signal.getEnumLiterals()) {
				w.text("RequiredValue", literal);
			}
			w.end();
			w.end();
		}
		String symbol = signal.getUnit() == null ? null : signal.getUnit().getSymbol();
		if (code != null && symbol != null && !symbol.equals(code)) {
			w.attribute(AmlVocabulary.UNIT_SYMBOL, "xs:string", symbol);
		}
		w.end();
	}

	/** Opens an InternalElement; the caller writes its contents, its role and ends it. */
	private void element(Named named) throws XMLStreamException {
		w.start("InternalElement");
		w.attr("Name",
				named.getName() != null
						? named.getName()
						: named instanceof Equipment equipment && equipment.getTag() != null ? equipment.getTag() : "");
		w.attr("ID", ids.of(named));
		if (named instanceof Equipment equipment && equipment.getType() != null) {
			w.attr("RefBaseSystemUnitPath", AmlVocabulary.TYPE_LIBRARY + "/" + typeName(equipment.getType()));
		}
		if (named.getDescription() != null) {
			w.text("Description", named.getDescription());
		}
		elements++;
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

	private static @Nullable Area areaOf(@Nullable EObject element) {
		EObject current = element;
		while (current != null && !(current instanceof Area)) {
			current = current.eContainer();
		}
		return (Area) current;
	}

	private void interfaceLibrary() throws XMLStreamException {
		w.start("InterfaceClassLib");
		w.attr("Name", AmlVocabulary.INTERFACE_LIBRARY);
		w.text("Version", "1.1.0");
		w.start("InterfaceClass");
		w.attr("Name", "Port");
		for (Medium medium : Medium.VALUES) {
			w.empty("InterfaceClass");
			w.attr("Name", medium.getLiteral());
			w.attr("RefBaseClassPath", AmlVocabulary.INTERFACE_LIBRARY + "/Port");
		}
		w.end();
		for (String path : List.of(AmlVocabulary.SIGNAL_CLASS, AmlVocabulary.SIGNAL_REFERENCE_CLASS,
				AmlVocabulary.OPC_UA_BINDING_CLASS)) {
			w.empty("InterfaceClass");
			w.attr("Name", AmlVocabulary.lastSegment(path));
		}
		w.end();
	}

	private void roleLibrary() throws XMLStreamException {
		String lib = AmlVocabulary.ROLE_LIBRARY;
		w.start("RoleClassLib");
		w.attr("Name", lib);
		w.text("Version", "1.1.0");
		w.empty("RoleClass");
		w.attr("Name", "Area");
		w.start("RoleClass");
		w.attr("Name", "WorkCenter");
		for (WorkCenterKind kind : WorkCenterKind.VALUES) {
			w.empty("RoleClass");
			w.attr("Name", kind.getLiteral());
			w.attr("RefBaseClassPath", lib + "/WorkCenter");
		}
		w.end();
		w.empty("RoleClass");
		w.attr("Name", "Unit");
		w.start("RoleClass");
		w.attr("Name", "Equipment");
		for (EquipmentKind kind : EquipmentKind.VALUES) {
			if (kind != EquipmentKind.OTHER) {
				w.empty("RoleClass");
				w.attr("Name", kind.getLiteral());
				w.attr("RefBaseClassPath", lib + "/Equipment");
			}
		}
		w.end();
		for (String role : List.of(EquipmentLevel.EQUIPMENT_MODULE.getLiteral(),
				EquipmentLevel.CONTROL_MODULE.getLiteral(), "ControlLoop", "Interlock", "InterlockCondition",
				"Endpoint")) {
			w.empty("RoleClass");
			w.attr("Name", role);
		}
		w.end();
	}

	private void typeLibrary() throws XMLStreamException {
		if (typeNames.isEmpty()) {
			return;
		}
		w.start("SystemUnitClassLib");
		w.attr("Name", AmlVocabulary.TYPE_LIBRARY);
		for (Map.Entry<EquipmentType, String> entry : typeNames.entrySet()) {
			EquipmentType type = entry.getKey();
			w.start("SystemUnitClass");
			w.attr("Name", entry.getValue());
			if (type.getDescription() != null) {
				w.text("Description", type.getDescription());
			}
			properties(type.getProperties());
			interfaces(type.getPorts(), type.getSignals());
			if (type.getKind() != null && type.getKind() != EquipmentKind.OTHER) {
				w.empty("SupportedRoleClass");
				w.attr("RefRoleClassPath", AmlVocabulary.ROLE_LIBRARY + "/Equipment/" + type.getKind().getLiteral());
			}
			w.end();
		}
		w.end();
	}
}
