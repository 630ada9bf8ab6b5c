// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentLevel;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;

/**
 * An AutomationML file as an {@link ImportDraft}. Decisions:
 * <ul>
 * <li>Every InternalElement's level comes from its RoleRequirements, then its SupportedRoleClasses (ISA-95/ISA-106
 * names, see {@link AmlVocabulary}); without one, a top-level element with children is an area and any other element
 * equipment (top-level ones in an area named after their InstanceHierarchy). A level
 * the model cannot hold at that place (a unit directly in an area) becomes equipment, and the report says so.</li>
 * <li>A referenced SystemUnitClass becomes an equipment type ({@code aml:class:<path>}); the equipment kind comes
 * from the role or system unit class name when recognisable.</li>
 * <li>Signal interfaces become signals; every other ExternalInterface of equipment a port. InternalLinks between
 * ports become connections (pipe, cable, signal line by the ports' medium).</li>
 * <li>Attributes of equipment become properties ({@code Frame.x} for nested ones); a signal interface's
 * {@code Value} attribute gives its unit, data type, nominal value and range, {@code Direction} and {@code Tag}
 * its direction and tag.</li>
 * <li>A system unit class's attributes and interfaces become the type's default properties and port and signal
 * templates ({@code aml:class:<path>:<interface name>}); an instance's signal named like one of them is made from
 * it. A signal's {@code Access}, {@code AlarmLimits} (one nested attribute a kind) and the nominal-scaled constraint
 * of its Value (the states of an enumeration) are read too.</li>
 * <li>Top-level elements with our Endpoint, ControlLoop and Interlock roles become endpoints with bindings, loops
 * and interlocks ({@link ControlImport}).</li>
 * <li>Source ids are {@code aml:<CAEX ID>}; the scope is {@code aml:}.</li>
 * </ul>
 * What does not map is listed in the draft's warnings with file and line. Duplicate IDs, a class path into a library
 * of the file that names no class, and a link partner that names no interface are errors: nothing is imported.
 *
 * <p>
 * Over 500 lines: one mapping pass whose steps share the builder's ID, interface and class indexes; split, they
 * would pass all of them around (the control elements, which only read them, are in {@link ControlImport}).
 */
public final class AmlImporter {
	/** The scope and the prefix of every source id an AutomationML import gives. */
	public static final String SCOPE = "aml:";
	/** The prefix of equipment type source ids (system unit classes have paths, not IDs). */
	public static final String CLASS_PREFIX = SCOPE + "class:";
	/** The prefix of the area standing for an InstanceHierarchy whose top-level elements are not areas. */
	public static final String HIERARCHY_PREFIX = SCOPE + "hierarchy:";

	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private AmlImporter() {
	}

	public static ImportDraft importFile(Path file) throws IOException, AmlException {
		return toDraft(CaexReader.read(file));
	}

	public static ImportDraft toDraft(CaexDocument document) throws AmlException {
		return new Builder(document).build();
	}

	static final class Builder {
		private final CaexDocument document;
		private final String file;
		private final CaexClasses classes;
		final Plant plant = F.createPlant();
		private final List<String> report = new ArrayList<>();
		private final Map<String, Integer> idLines = new HashMap<>();
		/** Interfaces by owner ID and name, and by their own ID: a port, a signal, or what else they became. */
		private final Map<String, Object> interfaces = new HashMap<>();
		private final Map<String, EquipmentType> types = new LinkedHashMap<>();
		private final Map<String, EngineeringUnit> units = new LinkedHashMap<>();
		private final List<CaexElement> links = new ArrayList<>();
		/** Top-level elements with a role of our control and twin roles (loops, interlocks, endpoints). */
		private final List<CaexElement> controls = new ArrayList<>();
		final Map<String, Equipment> equipmentById = new HashMap<>();

		Builder(CaexDocument document) {
			this.document = document;
			this.file = document.file();
			this.classes = new CaexClasses(document.root());
		}

		ImportDraft build() throws AmlException {
			plant.setTwin(twin());
			List<CaexElement> hierarchies = document.root().children("InstanceHierarchy");
			plant.setName(hierarchies.isEmpty()
					? Path.of(file).getFileName().toString()
					: hierarchies.get(0).attribute("Name", file));
			for (CaexElement library : document.root().children("SystemUnitClassLib")) {
				// our export's type library holds the plant's types, used or not, in the plant's order
				if (AmlVocabulary.TYPE_LIBRARY.equals(library.attribute("Name"))) {
					for (CaexElement declared : library.children("SystemUnitClass")) {
						type(AmlVocabulary.TYPE_LIBRARY + "/" + declared.attribute("Name", ""));
					}
				}
			}
			for (CaexElement hierarchy : hierarchies) {
				Area loose = null;
				for (CaexElement element : hierarchy.children("InternalElement")) {
					if (controlRoleOf(element) != null) {
						controls.add(element);
						continue;
					}
					AmlLevel level = level(element);
					if (level == AmlLevel.AREA || level == null && !element.children("InternalElement").isEmpty()) {
						mapTopLevel(element);
					} else {
						if (loose == null) {
							loose = hierarchyArea(hierarchy);
						}
						map(element, loose);
					}
				}
			}
			for (CaexElement link : links) {
				link(link);
			}
			new ControlImport(this).map(controls);
			plant.getEquipmentTypes().addAll(types.values());
			plant.getEngineeringUnits().addAll(units.values());
			return new ImportDraft(plant, SCOPE, file, report);
		}

		@Nullable
		EClass controlRoleOf(CaexElement element) {
			for (String role : roles(element)) {
				for (String ancestor : classes.lineage(role)) {
					EClass kind = AmlFeatures.controlRole(ancestor);
					if (kind != null) {
						return kind;
					}
				}
			}
			return null;
		}

		private static Twin twin() {
			Twin twin = F.createTwin();
			twin.getEndpoints().add(F.createEndpoint());
			return twin;
		}

		/** The area for top-level elements that are not areas themselves: the InstanceHierarchy they sit in. */
		private Area hierarchyArea(CaexElement hierarchy) {
			Area area = F.createArea();
			area.setName(hierarchy.attribute("Name", ""));
			area.setSourceId(HIERARCHY_PREFIX + area.getName());
			plant.getAreas().add(area);
			return area;
		}

		private void mapTopLevel(CaexElement element) throws AmlException {
			Area area = F.createArea();
			named(area, element);
			plant.getAreas().add(area);
			notMappedOnStructure(element);
			children(element, area);
		}

		private void children(CaexElement element, EquipmentHolder holder) throws AmlException {
			links.addAll(element.children("InternalLink"));
			for (CaexElement child : element.children("InternalElement")) {
				map(child, holder);
			}
		}

		private void map(CaexElement element, EquipmentHolder parent) throws AmlException {
			AmlLevel level = level(element);
			if (level == AmlLevel.AREA) {
				note(element, "area inside " + parent.getName() + " is imported as a plant area (areas do not nest)");
				mapTopLevel(element);
				return;
			}
			if (level == AmlLevel.WORK_CENTER && parent instanceof Area area) {
				WorkCenter center = F.createWorkCenter();
				named(center, element);
				for (String role : roles(element)) {
					if (AmlVocabulary.workCenterKind(role) != null) {
						center.setKind(AmlVocabulary.workCenterKind(role));
						break;
					}
				}
				area.getWorkCenters().add(center);
				notMappedOnStructure(element);
				children(element, center);
				return;
			}
			if (level == AmlLevel.UNIT && parent instanceof WorkCenter center) {
				Unit unit = F.createUnit();
				named(unit, element);
				center.getUnits().add(unit);
				notMappedOnStructure(element);
				children(element, unit);
				return;
			}
			if (level == AmlLevel.WORK_CENTER || level == AmlLevel.UNIT) {
				note(element, "role " + level + " cannot sit in " + parent.getName() + "; imported as equipment");
			}
			Equipment equipment = equipment(element);
			parent.getEquipment().add(equipment);
			children(element, equipment);
		}

		private Equipment equipment(CaexElement element) throws AmlException {
			Equipment equipment = F.createEquipment();
			named(equipment, element);
			if (element.attribute("ID") != null) {
				equipmentById.put(element.attribute("ID"), equipment);
			}
			equipment.setTag(element.attribute("Name", ""));
			String unitClass = element.attribute("RefBaseSystemUnitPath");
			if (unitClass != null && !unitClass.isEmpty()) {
				checkPath(element, unitClass, "system unit class");
				equipment.setType(type(unitClass));
			}
			EquipmentKind kind = kind(element, unitClass);
			if (kind != null) {
				equipment.setKind(kind);
			}
			for (String role : roles(element)) {
				// ISA-88 module roles (a second RoleRequirements in our export) give the level
				EquipmentLevel level = EquipmentLevel.get(AmlVocabulary.lastSegment(role));
				if (level != null && level != EquipmentLevel.EQUIPMENT) {
					equipment.setLevel(level);
					break;
				}
			}
			for (CaexElement attribute : element.children("Attribute")) {
				if ("Tag".equals(attribute.attribute("Name")) && value(attribute) != null) {
					equipment.setTag(value(attribute));
				} else {
					properties(attribute, "", equipment.getProperties());
				}
			}
			for (CaexElement external : element.children("ExternalInterface")) {
				externalInterface(external, element, equipment);
			}
			if (equipment.getType() != null) {
				// an instance's interface named like one of its class is that one (CAEX inheritance)
				for (Signal signal : equipment.getSignals()) {
					for (Signal template : equipment.getType().getSignals()) {
						if (template.getName() != null && template.getName().equals(signal.getName())) {
							signal.setTemplate(template);
							break;
						}
					}
				}
			}
			return equipment;
		}

		private @Nullable EquipmentKind kind(CaexElement element, @Nullable String unitClass) {
			List<String> candidates = new ArrayList<>(roles(element));
			if (unitClass != null) {
				candidates.add(unitClass);
			}
			for (String path : candidates) {
				for (String ancestor : classes.lineage(path)) {
					EquipmentKind kind = AmlVocabulary.equipmentKind(ancestor);
					if (kind != null) {
						return kind;
					}
				}
			}
			return null;
		}

		private EquipmentType type(String path) {
			return types.computeIfAbsent(path, p -> {
				EquipmentType type = F.createEquipmentType();
				type.setName(AmlVocabulary.lastSegment(p));
				type.setSourceId(CLASS_PREFIX + p);
				CaexElement declared = classes.find(p);
				if (declared != null && declared.childText("Description") != null) {
					type.setDescription(declared.childText("Description"));
				}
				if (declared != null) {
					classContents(declared, p, type);
				}
				for (String ancestor : classes.lineage(p)) {
					EquipmentKind kind = AmlVocabulary.equipmentKind(ancestor);
					if (kind != null) {
						type.setKind(kind);
						break;
					}
				}
				return type;
			});
		}

		/** A system unit class's attributes and interfaces: the type's default properties and templates. */
		private void classContents(CaexElement declared, String path, EquipmentType type) {
			for (CaexElement attribute : declared.children("Attribute")) {
				properties(attribute, "", type.getProperties());
			}
			for (CaexElement external : declared.children("ExternalInterface")) {
				String classPath = external.attribute("RefBaseClassPath", "");
				String sourceId = CLASS_PREFIX + path + ":" + external.attribute("Name", "");
				if (AmlVocabulary.isSignalInterface(classPath)) {
					signal(external, type.getSignals(), null, sourceId);
				} else {
					port(external, classPath, type.getPorts(), sourceId);
				}
			}
		}

		private void properties(CaexElement attribute, String prefix, List<Property> into) {
			String key = prefix + attribute.attribute("Name", "");
			String value = value(attribute);
			String unit = attribute.attribute("Unit");
			if (value != null || unit != null || attribute.children("Attribute").isEmpty()) {
				Property property = F.createProperty();
				property.setKey(key);
				property.setValue(value);
				property.setUnit(unit == null || unit.isEmpty() ? null : unit);
				into.add(property);
			}
			for (CaexElement nested : attribute.children("Attribute")) {
				properties(nested, key + ".", into);
			}
		}

		private void externalInterface(CaexElement external, CaexElement owner, Equipment equipment)
				throws AmlException {
			String classPath = external.attribute("RefBaseClassPath", "");
			checkPath(external, classPath, "interface class");
			String id = external.attribute("ID");
			if (id != null) {
				claimId(external, id);
			}
			String sourceId = SCOPE + (id != null ? id : owner.attribute("ID", "") + ":" + external.attribute("Name"));
			Object mapped = AmlVocabulary.isSignalInterface(classPath)
					? signal(external, equipment.getSignals(), equipment.getTag(), sourceId)
					: port(external, classPath, equipment.getPorts(), sourceId);
			remember(owner, external, mapped);
		}

		private Port port(CaexElement external, String classPath, List<Port> into, String sourceId) {
			Port port = F.createPort();
			port.setName(external.attribute("Name", ""));
			port.setSourceId(sourceId);
			if (AmlVocabulary.medium(classPath) != null) {
				port.setMedium(AmlVocabulary.medium(classPath));
			}
			for (CaexElement attribute : external.children("Attribute")) {
				String name = attribute.attribute("Name", "");
				String value = value(attribute);
				if ("Direction".equals(name) && value != null && AmlVocabulary.portDirection(value) != null) {
					port.setDirection(AmlVocabulary.portDirection(value));
				} else if (!"Direction".equals(name)) {
					note(attribute, "attribute " + name + " of interface " + port.getName()
							+ " not mapped (ports carry " + "no attributes)");
				}
			}
			into.add(port);
			return port;
		}

		/** A signal of equipment (tagged {@code <equipment tag>.<name>} unless it says) or a type's template. */
		private Signal signal(CaexElement external, List<Signal> into, @Nullable String equipmentTag, String sourceId) {
			Signal signal = F.createSignal();
			String name = external.attribute("Name", "");
			signal.setName(name);
			signal.setTag(equipmentTag == null ? null : equipmentTag + "." + name);
			signal.setSourceId(sourceId);
			if (external.childText("Description") != null) {
				signal.setDescription(external.childText("Description"));
			}
			for (CaexElement attribute : external.children("Attribute")) {
				String value = value(attribute);
				switch (attribute.attribute("Name", "")) {
				case "Tag" -> signal.setTag(value != null ? value : signal.getTag());
				case "Direction" -> signal.setDirection(direction(value));
				case "Value" -> signalValue(signal, attribute, value);
				case "Access" -> access(signal, attribute, value);
				case AmlVocabulary.ALARM_LIMITS -> alarmLimits(signal, attribute);
				default ->
					note(attribute, "attribute " + attribute.attribute("Name") + " of signal " + name + " not mapped");
				}
			}
			into.add(signal);
			return signal;
		}

		private void access(Signal signal, CaexElement attribute, @Nullable String value) {
			Access access = value == null ? null : Access.get(value.strip());
			if (access == null) {
				note(attribute, "access \"" + value + "\" of signal " + signal.getName() + " is neither "
						+ Access.VALUES + "; not mapped");
			} else {
				signal.setAccess(access);
			}
		}

		private void alarmLimits(Signal signal, CaexElement attributes) {
			for (CaexElement attribute : attributes.children("Attribute")) {
				String kindName = attribute.attribute("Name", "");
				AlarmKind kind = AlarmKind.get(kindName);
				String value = value(attribute);
				if (kind == null || value == null) {
					note(attribute, "alarm limit " + kindName + " of signal " + signal.getName() + " not mapped ("
							+ (kind == null ? "kinds are " + AlarmKind.VALUES : "no value") + ")");
					continue;
				}
				AlarmLimit limit = F.createAlarmLimit();
				limit.setKind(kind);
				if (!features(limit, attribute, AmlFeatures.ALARM_LIMIT)
						| !set(limit, TwinPackage.Literals.ALARM_LIMIT__VALUE, attribute, value)) {
					continue;
				}
				signal.getAlarmLimits().add(limit);
			}
		}

		/**
		 * Sets the features the element's nested Attributes name; notes the others and wrong values. False when a
		 * value was wrong (the caller leaves the element out rather than import half of it).
		 */
		boolean features(EObject target, CaexElement element, List<EAttribute> features, String... references) {
			boolean valid = true;
			for (CaexElement attribute : element.children("Attribute")) {
				String name = attribute.attribute("Name", "");
				EAttribute feature = AmlFeatures.feature(features, name);
				String value = value(attribute);
				if (feature != null && value != null) {
					valid &= set(target, feature, attribute, value);
				} else if (!List.of(references).contains(name)) {
					note(attribute, "attribute " + name + " of " + element.attribute("Name") + " not mapped");
				}
			}
			return valid;
		}

		private boolean set(EObject target, EAttribute feature, CaexElement attribute, String value) {
			try {
				target.eSet(feature, AmlFeatures.parse(feature, value));
				return true;
			} catch (IllegalArgumentException wrong) {
				note(attribute, wrong.getMessage() + "; " + target.eClass().getName() + " not imported");
				return false;
			}
		}

		private static @Nullable SignalDirection direction(@Nullable String value) {
			if (value == null) {
				return null;
			}
			return switch (value.toLowerCase(java.util.Locale.ROOT)) {
			case "in", "input" -> SignalDirection.INPUT;
			case "out", "output" -> SignalDirection.OUTPUT;
			case "internal" -> SignalDirection.INTERNAL;
			default -> null;
			};
		}

		private void signalValue(Signal signal, CaexElement attribute, @Nullable String value) {
			SignalDataType type = AmlVocabulary.dataType(attribute.attribute("AttributeDataType", ""));
			if (type != null) {
				signal.setDataType(type);
			}
			if (value != null) {
				signal.setNominalValue(value);
			}
			String unit = attribute.attribute("Unit");
			String symbol = null;
			for (CaexElement nested : attribute.children("Attribute")) {
				if (AmlVocabulary.UNIT_SYMBOL.equals(nested.attribute("Name")) && value(nested) != null) {
					symbol = value(nested);
				} else {
					note(nested, "attribute " + nested.attribute("Name") + " of the value of signal " + signal.getName()
							+ " not mapped");
				}
			}
			if (unit != null && !unit.isEmpty()) {
				String shown = symbol != null ? symbol : unit;
				signal.setUnit(units.computeIfAbsent(unit + '\u0000' + shown, u -> {
					EngineeringUnit created = F.createEngineeringUnit();
					created.setCode(unit);
					created.setSymbol(shown);
					return created;
				}));
			}
			for (CaexElement constraint : attribute.children("Constraint")) {
				CaexElement ordinal = constraint.child("OrdinalScaledType");
				CaexElement nominal = constraint.child("NominalScaledType");
				if (nominal != null) {
					// the values a string may take: the states of an enumeration
					for (CaexElement literal : nominal.children("RequiredValue")) {
						signal.getEnumLiterals().add(literal.text() == null ? "" : literal.text());
					}
					if (signal.getDataType() == SignalDataType.STRING) {
						signal.setDataType(SignalDataType.ENUMERATION);
					}
					continue;
				}
				if (ordinal == null) {
					note(constraint, "constraint " + constraint.attribute("Name") + " of signal " + signal.getName()
							+ " not mapped (only min/max ranges are)");
					continue;
				}
				signal.setRangeLow(number(ordinal, "RequiredMinValue"));
				signal.setRangeHigh(number(ordinal, "RequiredMaxValue"));
			}
		}

		private @Nullable Double number(CaexElement ordinal, String tag) {
			String text = ordinal.childText(tag);
			if (text == null) {
				return null;
			}
			try {
				return Double.valueOf(text);
			} catch (NumberFormatException notNumber) {
				note(ordinal, tag + " \"" + text + "\" is not a number; range not mapped");
				return null;
			}
		}

		private void remember(CaexElement owner, CaexElement external, Object mapped) {
			String ownerId = owner.attribute("ID");
			if (ownerId != null) {
				interfaces.put(ownerId + ":" + external.attribute("Name"), mapped);
			}
			String id = external.attribute("ID");
			if (id != null) {
				interfaces.put(id, mapped);
			}
		}

		private void link(CaexElement link) throws AmlException {
			String a = link.attribute("RefPartnerSideA", "");
			String b = link.attribute("RefPartnerSideB", "");
			if (a.isEmpty() || b.isEmpty()) {
				note(link, "open link " + link.attribute("Name") + " (a partner side is empty) not mapped");
				return;
			}
			Object source = partner(link, a);
			Object target = partner(link, b);
			if (!(source instanceof Port from) || !(target instanceof Port to)) {
				note(link, "link " + link.attribute("Name") + " joins " + what(source) + " and " + what(target)
						+ "; connections join ports, so it is not mapped");
				return;
			}
			Connection connection = F.createConnection();
			connection.setName(link.attribute("Name", ""));
			connection
					.setSourceId(SCOPE + (link.attribute("ID") != null ? link.attribute("ID") : "link:" + a + "|" + b));
			connection.setSource(from);
			connection.setTarget(to);
			connection.setKind(
					AmlVocabulary.connectionKind(from.getMedium() != null ? from.getMedium() : to.getMedium()));
			plant.getConnections().add(connection);
		}

		private static String what(Object mapped) {
			return mapped instanceof Signal signal
					? "signal " + signal.getName()
					: mapped instanceof Port port ? "port " + port.getName() : String.valueOf(mapped);
		}

		Object partner(CaexElement link, String reference) throws AmlException {
			Object found = interfaces.get(reference);
			if (found != null) {
				return found;
			}
			// IDs in the InstanceHierarchy but not of equipment (an interface of an area): known, not mapped
			int colon = reference.lastIndexOf(':');
			String ownerId = colon < 0 ? reference : reference.substring(0, colon);
			if (idLines.containsKey(ownerId) || idLines.containsKey(reference)) {
				return "an interface that is not mapped (" + reference + ")";
			}
			throw new AmlException(file, link.line(), "link " + link.attribute("Name") + ": partner \"" + reference
					+ "\" names no interface in this file");
		}

		private @Nullable AmlLevel level(CaexElement element) throws AmlException {
			for (String role : roles(element)) {
				for (String ancestor : classes.lineage(role)) {
					AmlLevel level = AmlVocabulary.level(ancestor);
					if (level != null) {
						return level;
					}
				}
			}
			return null;
		}

		/** RoleRequirements first (what the element is required to be), then SupportedRoleClasses. */
		private List<String> roles(CaexElement element) {
			List<String> roles = new ArrayList<>();
			for (CaexElement requirement : element.children("RoleRequirements")) {
				roles.add(requirement.attribute("RefBaseRoleClassPath", ""));
			}
			for (CaexElement supported : element.children("SupportedRoleClass")) {
				roles.add(supported.attribute("RefRoleClassPath", ""));
			}
			return roles;
		}

		void named(org.twinworks.model.Named named, CaexElement element) throws AmlException {
			named.setName(element.attribute("Name", ""));
			String id = element.attribute("ID");
			if (id == null || id.isEmpty()) {
				note(element, "element " + element.attribute("Name") + " has no ID; its source id is its name");
				named.setSourceId(SCOPE + "name:" + element.attribute("Name", ""));
			} else {
				claimId(element, id);
				named.setSourceId(SCOPE + id);
			}
			if (element.childText("Description") != null) {
				named.setDescription(element.childText("Description"));
			}
			for (CaexElement requirement : element.children("RoleRequirements")) {
				checkPath(requirement, requirement.attribute("RefBaseRoleClassPath", ""), "role class");
			}
			for (CaexElement supported : element.children("SupportedRoleClass")) {
				checkPath(supported, supported.attribute("RefRoleClassPath", ""), "role class");
			}
		}

		/** Attributes and interfaces of an area, work centre or unit: the model keeps none. */
		private void notMappedOnStructure(CaexElement element) {
			for (CaexElement attribute : element.children("Attribute")) {
				note(attribute, "attribute " + attribute.attribute("Name") + " of " + element.attribute("Name")
						+ " not mapped (areas, work centres and units carry no properties)");
			}
			for (CaexElement external : element.children("ExternalInterface")) {
				String id = external.attribute("ID");
				if (id != null) {
					idLines.putIfAbsent(id, external.line());
				}
				note(external, "interface " + external.attribute("Name") + " of " + element.attribute("Name")
						+ " not mapped (only equipment has ports and signals)");
			}
		}

		void claimId(CaexElement element, String id) throws AmlException {
			Integer earlier = idLines.putIfAbsent(id, element.line());
			if (earlier != null) {
				throw new AmlException(file, element.line(),
						"duplicate ID " + id + " (first used on line " + earlier + ")");
			}
		}

		private void checkPath(CaexElement element, String path, String what) throws AmlException {
			if (classes.isBroken(path)) {
				throw new AmlException(file, element.line(), "unknown " + what + " path \"" + path + "\"");
			}
		}

		static @Nullable String value(CaexElement attribute) {
			String value = attribute.childText("Value");
			return value != null ? value : attribute.childText("DefaultValue");
		}

		void note(CaexElement element, String what) {
			report.add(file + ":" + element.line() + ": " + what);
		}
	}
}
