// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Medium;
import org.twinworks.model.PortDirection;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.WorkCenterKind;

/**
 * How names in AutomationML class paths translate into the plant model. Role classes are recognised by the last
 * segment of their path (ISA-95 names of AutomationMLExtendedRoleClassLib, ISA-106 names of user libraries, and our
 * own export's), so a role library of any vendor that keeps the standard names maps without configuration.
 */
public final class AmlVocabulary {

	/** The role class library our export writes and references. */
	public static final String ROLE_LIBRARY = "TwinworksRoleClassLib";
	/** The interface class library our export writes and references. */
	public static final String INTERFACE_LIBRARY = "TwinworksInterfaceClassLib";
	/** The system unit class library our export writes the equipment types into. */
	public static final String TYPE_LIBRARY = "TwinworksSystemUnitClassLib";
	/** A signal as an interface of its equipment. */
	public static final String SIGNAL_CLASS = INTERFACE_LIBRARY + "/SignalInterface";
	/** An interface of a loop or interlock condition, linked to the signal it uses. */
	public static final String SIGNAL_REFERENCE_CLASS = INTERFACE_LIBRARY + "/SignalReference";
	/** An interface of an endpoint: an OPC UA node a signal is bound to, linked to the signal. */
	public static final String OPC_UA_BINDING_CLASS = INTERFACE_LIBRARY + "/OpcUaBinding";
	/** Names of the reference interfaces and attributes of loops and interlocks. */
	public static final String MEASURED_VALUE = "MeasuredValue";
	public static final String SETPOINT = "Setpoint";
	public static final String OUTPUT = "Output";
	public static final String FINAL_ELEMENT = "FinalElement";
	public static final String TRIPS = "Trips";
	public static final String CONDITION_SIGNAL = "Signal";
	/** A signal's alarm limits: one nested attribute a kind (LL, L, H, HH). */
	public static final String ALARM_LIMITS = "AlarmLimits";
	/** Under a signal's Value: the symbol of its unit, when it differs from the code the Unit holds. */
	public static final String UNIT_SYMBOL = "UnitSymbol";

	private static final Map<String, AmlLevel> LEVELS = Map.ofEntries(Map.entry("enterprise", AmlLevel.AREA),
			Map.entry("site", AmlLevel.AREA), Map.entry("area", AmlLevel.AREA), Map.entry("plantarea", AmlLevel.AREA),
			Map.entry("plant", AmlLevel.AREA), Map.entry("workcenter", AmlLevel.WORK_CENTER),
			Map.entry("workcell", AmlLevel.WORK_CENTER), Map.entry("processcell", AmlLevel.WORK_CENTER),
			Map.entry("productionline", AmlLevel.WORK_CENTER), Map.entry("productionunit", AmlLevel.WORK_CENTER),
			Map.entry("storagezone", AmlLevel.WORK_CENTER), Map.entry("unit", AmlLevel.UNIT),
			Map.entry("storageunit", AmlLevel.UNIT), Map.entry("equipment", AmlLevel.EQUIPMENT),
			Map.entry("device", AmlLevel.EQUIPMENT), Map.entry("equipmentmodule", AmlLevel.EQUIPMENT),
			Map.entry("controlmodule", AmlLevel.EQUIPMENT));

	private AmlVocabulary() {
	}

	/** The last segment of a class path, without the {@code Alias@} of an external reference. */
	public static String lastSegment(String path) {
		int slash = path.lastIndexOf('/');
		String last = slash < 0 ? path : path.substring(slash + 1);
		int at = last.indexOf('@');
		return at < 0 ? last : last.substring(at + 1);
	}

	/** The hierarchy level a role class names, or null when it names none (a device role, a facet, …). */
	public static @Nullable AmlLevel level(String rolePath) {
		return LEVELS.get(lastSegment(rolePath).toLowerCase(Locale.ROOT));
	}

	public static @Nullable WorkCenterKind workCenterKind(String rolePath) {
		return switch (lastSegment(rolePath).toLowerCase(Locale.ROOT)) {
		case "processcell" -> WorkCenterKind.PROCESS_CELL;
		case "productionline" -> WorkCenterKind.PRODUCTION_LINE;
		case "productionunit" -> WorkCenterKind.PRODUCTION_UNIT;
		case "storagezone" -> WorkCenterKind.STORAGE_ZONE;
		default -> null;
		};
	}

	/** The equipment kind a class name suggests (role or system unit class), or null when none is recognisable. */
	public static @Nullable EquipmentKind equipmentKind(String classPath) {
		String name = lastSegment(classPath).toLowerCase(Locale.ROOT);
		EquipmentKind exact = EquipmentKind.get(lastSegment(classPath));
		if (exact != null && exact != EquipmentKind.OTHER) {
			return exact;
		}
		if (name.contains("controlvalve")) {
			return EquipmentKind.CONTROL_VALVE;
		}
		if (name.contains("heatexchanger")) {
			return EquipmentKind.HEAT_EXCHANGER;
		}
		String[][] words = {{"pump", "PUMP"}, {"valve", "VALVE"}, {"tank", "TANK"}, {"vessel", "TANK"},
				{"motor", "MOTOR"}, {"drive", "MOTOR"}, {"fan", "FAN"}, {"compressor", "COMPRESSOR"},
				{"filter", "FILTER"}, {"conveyor", "CONVEYOR"}, {"mixer", "MIXER"}, {"agitator", "MIXER"},
				{"sensor", "INSTRUMENT"}, {"transmitter", "INSTRUMENT"}, {"instrument", "INSTRUMENT"},
				{"analy", "ANALYZER"}, {"controller", "CONTROLLER"}, {"plc", "CONTROLLER"}};
		for (String[] word : words) {
			if (name.contains(word[0])) {
				return EquipmentKind.valueOf(word[1]);
			}
		}
		return null;
	}

	/** Signal interfaces (AutomationML's SignalInterface and OPC UA variable interfaces) become signals. */
	public static boolean isSignalInterface(String interfaceClassPath) {
		String name = lastSegment(interfaceClassPath).toLowerCase(Locale.ROOT);
		return name.endsWith("signalinterface") || name.contains("variable");
	}

	public static @Nullable Medium medium(String interfaceClassPath) {
		Medium exact = Medium.get(lastSegment(interfaceClassPath));
		if (exact != null) {
			return exact;
		}
		String path = interfaceClassPath.toLowerCase(Locale.ROOT);
		if (path.contains("pneumatic") || path.contains("air")) {
			return Medium.PNEUMATIC;
		}
		if (path.contains("fluid") || path.contains("pipe")) {
			return Medium.PROCESS_FLUID;
		}
		if (path.contains("material") || path.contains("product")) {
			return Medium.MATERIAL;
		}
		if (path.contains("energy") || path.contains("electric") || path.contains("power")) {
			return Medium.ELECTRICAL;
		}
		if (path.contains("communication") || path.contains("order")) {
			return Medium.SIGNAL;
		}
		return null;
	}

	public static ConnectionKind connectionKind(@Nullable Medium medium) {
		if (medium == null) {
			return ConnectionKind.LINE;
		}
		return switch (medium) {
		case PROCESS_FLUID, MATERIAL, PNEUMATIC -> ConnectionKind.PIPE;
		case ELECTRICAL -> ConnectionKind.CABLE;
		case SIGNAL -> ConnectionKind.SIGNAL;
		};
	}

	public static @Nullable PortDirection portDirection(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
		case "in", "input" -> PortDirection.IN;
		case "out", "output" -> PortDirection.OUT;
		case "inout", "bidirectional" -> PortDirection.BIDIRECTIONAL;
		default -> null;
		};
	}

	public static @Nullable SignalDataType dataType(String xsType) {
		String type = xsType.contains(":") ? xsType.substring(xsType.indexOf(':') + 1) : xsType;
		return switch (type) {
		case "boolean" -> SignalDataType.BOOLEAN;
		case "byte" -> SignalDataType.SBYTE;
		case "unsignedByte" -> SignalDataType.BYTE;
		case "short" -> SignalDataType.INT16;
		case "unsignedShort" -> SignalDataType.UINT16;
		case "int", "integer" -> SignalDataType.INT32;
		case "unsignedInt" -> SignalDataType.UINT32;
		case "long" -> SignalDataType.INT64;
		case "unsignedLong" -> SignalDataType.UINT64;
		case "float" -> SignalDataType.FLOAT;
		case "double", "decimal" -> SignalDataType.DOUBLE;
		case "string" -> SignalDataType.STRING;
		case "dateTime" -> SignalDataType.DATE_TIME;
		default -> null;
		};
	}

	/** The XML Schema type an export writes for a data type (enumerations as strings). */
	public static String xsType(SignalDataType type) {
		return switch (type) {
		case BOOLEAN -> "xs:boolean";
		case SBYTE -> "xs:byte";
		case BYTE -> "xs:unsignedByte";
		case INT16 -> "xs:short";
		case UINT16 -> "xs:unsignedShort";
		case INT32 -> "xs:int";
		case UINT32 -> "xs:unsignedInt";
		case INT64 -> "xs:long";
		case UINT64 -> "xs:unsignedLong";
		case FLOAT -> "xs:float";
		case DOUBLE -> "xs:double";
		case DATE_TIME -> "xs:dateTime";
		default -> "xs:string";
		};
	}
}
