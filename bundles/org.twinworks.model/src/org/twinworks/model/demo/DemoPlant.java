// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.AlarmPriority;
import org.twinworks.model.Area;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Binding;
import org.twinworks.model.ComparisonOperator;
import org.twinworks.model.ConditionCombination;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.ControllerType;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentLevel;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Medium;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.Property;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TripAction;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.WorkCenterKind;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.model.rules.UneceUnits;
import org.twinworks.model.types.EquipmentTypes;

/**
 * The demo plant: Riverside Water Works, a small potable-water plant. Raw water is pumped from the river
 * intake (duty/standby pumps, flow control valve) into a raw-water tank, filtered (three filters with
 * differential pressure and turbidity), chlorinated (dosing pump with a residual analyzer), stored in a
 * clear-water tank whose level loop drives the transfer pumps' speed, and distributed by pumps on a
 * pressure loop. Every signal is bound to the embedded virtual plant. Element ids are derived from the
 * element's place in the model, so building it twice gives the same file.
 * <p>
 * Over 500 lines: it is the plant's data, written out unit by unit in process order; split, it would read worse.
 */
public final class DemoPlant {
	public static final String NAMESPACE_URI = "urn:twinworks:demo:riverside";
	public static final String ENDPOINT_URL = "opc.tcp://127.0.0.1:4840/twinworks";

	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private final Plant plant = F.createPlant();
	private final Map<String, EngineeringUnit> units = new HashMap<>();
	private final Map<String, Equipment> equipment = new HashMap<>();
	private final Map<String, Signal> signals = new HashMap<>();
	private EquipmentType pumpType;
	private EquipmentType motorType;
	private Endpoint endpoint;

	private DemoPlant() {
	}

	/** Builds the demo plant into {@code resource} (which should be empty) with deterministic ids. */
	public static Plant createIn(Resource resource) {
		Plant plant = new DemoPlant().build();
		resource.getContents().add(plant);
		assignStableIds(resource);
		return plant;
	}

	private Plant build() {
		plant.setName("Riverside Water Works");
		plant.setEnterprise("Riverside Municipal Utilities");
		plant.setDescription("Demo potable-water plant: intake, filtration, chlorination, storage, distribution.");
		plant.setNamespaceUri(NAMESPACE_URI);
		unitCatalogue();
		typeLibrary();
		twin();
		intake();
		treatment();
		storageAndDistribution();
		connections();
		loops();
		interlocks();
		return plant;
	}

	// ------------------------------------------------------------------------------------------ catalogue

	private void unitCatalogue() {
		for (String[] u : new String[][]{{"MTR", "level"}, {"MQH", "volume flow"}, {"BAR", "pressure"},
				{"P1", "percent"}, {"AMP", "current"}, {"M1", "mass concentration"}, {"L2", "dosing flow"},
				{"RPM", "rotational speed"}, {"CEL", "temperature"}, {"KWT", "power"}, {"MTQ", "volume"},
				{"VLT", "voltage"}, {"HTZ", "frequency"}, {"HUR", "running hours"}}) {
			EngineeringUnit unit = F.createEngineeringUnit();
			unit.setCode(u[0]);
			unit.setSymbol(UneceUnits.symbol(u[0]));
			unit.setDescription(u[1]);
			plant.getEngineeringUnits().add(unit);
			units.put(u[0], unit);
		}
		EngineeringUnit ntu = F.createEngineeringUnit();
		ntu.setCode("C62");
		ntu.setSymbol("NTU");
		ntu.setDescription("turbidity (nephelometric units, dimensionless in UNECE terms)");
		plant.getEngineeringUnits().add(ntu);
		units.put("NTU", ntu);
		EngineeringUnit ph = F.createEngineeringUnit();
		ph.setCode("C62");
		ph.setSymbol("pH");
		ph.setDescription("acidity (dimensionless)");
		plant.getEngineeringUnits().add(ph);
		units.put("PH", ph);
	}

	private void typeLibrary() {
		pumpType = F.createEquipmentType();
		pumpType.setName("Centrifugal pump");
		pumpType.setKind(EquipmentKind.PUMP);
		pumpType.getPorts().add(port("Suction", PortDirection.IN, Medium.PROCESS_FLUID));
		pumpType.getPorts().add(port("Discharge", PortDirection.OUT, Medium.PROCESS_FLUID));
		pumpType.getSignals()
				.add(template("RUN", "Running feedback", SignalDirection.INPUT, SignalDataType.BOOLEAN, "true"));
		pumpType.getSignals()
				.add(template("CMD", "Start command", SignalDirection.OUTPUT, SignalDataType.BOOLEAN, "true"));
		pumpType.getSignals().get(1).setAccess(Access.READ_WRITE);
		pumpType.getSignals().add(template("FLT", "Fault", SignalDirection.INPUT, SignalDataType.BOOLEAN, "false"));
		pumpType.getSignals().add(
				template("TRIP", "Tripped by an interlock", SignalDirection.INTERNAL, SignalDataType.BOOLEAN, "false"));
		pumpType.getSignals()
				.add(template("AUTO", "In automatic mode", SignalDirection.INPUT, SignalDataType.BOOLEAN, "true"));
		pumpType.getSignals()
				.add(template("STARTS", "Number of starts", SignalDirection.INTERNAL, SignalDataType.INT32, null));
		Signal hours = template("HRS", "Running hours", SignalDirection.INTERNAL, SignalDataType.DOUBLE, null);
		hours.setUnit(units.get("HUR"));
		pumpType.getSignals().add(hours);
		pumpType.getProperties().add(property("Manufacturer", "Aquaflow", null));
		plant.getEquipmentTypes().add(pumpType);

		motorType = F.createEquipmentType();
		motorType.setName("Induction motor with drive");
		motorType.setKind(EquipmentKind.MOTOR);
		motorType.getPorts().add(port("Power", PortDirection.IN, Medium.ELECTRICAL));
		Signal current = template("CUR", "Motor current", SignalDirection.INPUT, SignalDataType.DOUBLE, "42");
		analog(current, "AMP", 0, 100, null, null, 80.0, 90.0);
		motorType.getSignals().add(current);
		Signal speed = template("SPD", "Speed feedback", SignalDirection.INPUT, SignalDataType.DOUBLE, "75");
		analog(speed, "P1", 0, 100, null, null, null, null);
		motorType.getSignals().add(speed);
		Signal speedSetpoint = template("SPD_SP", "Speed reference", SignalDirection.OUTPUT, SignalDataType.DOUBLE,
				"75");
		analog(speedSetpoint, "P1", 0, 100, null, null, null, null);
		speedSetpoint.setAccess(Access.READ_WRITE);
		motorType.getSignals().add(speedSetpoint);
		Signal power = template("PWR", "Electrical power", SignalDirection.INPUT, SignalDataType.DOUBLE, "15");
		analog(power, "KWT", 0, 30, null, null, 24.0, 27.0);
		motorType.getSignals().add(power);
		Signal winding = template("TEMP", "Winding temperature", SignalDirection.INPUT, SignalDataType.DOUBLE, "55");
		analog(winding, "CEL", 0, 150, null, null, 110.0, 130.0);
		motorType.getSignals().add(winding);
		motorType.getProperties().add(property("Rated power", "22", "kW"));
		plant.getEquipmentTypes().add(motorType);
	}

	private void twin() {
		Twin twin = F.createTwin();
		endpoint = F.createEndpoint();
		endpoint.setName("Virtual plant");
		endpoint.setDescription("The embedded virtual plant that simulates this model.");
		endpoint.setUrl(ENDPOINT_URL);
		endpoint.setSecurityPolicy(SecurityPolicyKind.BEST_AVAILABLE);
		endpoint.setSecurityMode(SecurityModeKind.SIGN_AND_ENCRYPT);
		endpoint.setAuthentication(AuthenticationKind.ANONYMOUS);
		twin.getEndpoints().add(endpoint);
		plant.setTwin(twin);
	}

	// ------------------------------------------------------------------------------------------ areas

	private void intake() {
		Area area = area("Raw Water Intake", "River intake, intake pumps and the raw-water tank.");
		Unit pumping = unit(area, WorkCenterKind.PROCESS_CELL, "Intake", "Intake Pumping");
		pumpSet(pumping, "P-101", "Intake pump 1 (duty)", "M-101");
		pumpSet(pumping, "P-102", "Intake pump 2 (standby)", "M-102");
		Equipment pt = instrument(pumping, "PT-101", "Intake discharge pressure", "PV", "BAR", 0, 10, null, 1.0, 7.0,
				8.5, "4.5");
		pt.getPorts().add(port("Process", PortDirection.IN, Medium.PROCESS_FLUID));
		instrument(pumping, "FT-101", "Raw water flow", "PV", "MQH", 0, 600, 50.0, 100.0, 500.0, 550.0, "320");
		controlValve(pumping, "FCV-101", "Raw water flow control valve");
		Equipment screen = equipment(pumping, "SC-101", "Intake screen", EquipmentKind.FILTER);
		screen.getPorts().add(port("Inlet", PortDirection.IN, Medium.PROCESS_FLUID));
		screen.getPorts().add(port("Outlet", PortDirection.OUT, Medium.PROCESS_FLUID));
		signal(screen, "SC-101.DP", "Screen differential pressure", SignalDirection.INPUT, "BAR", 0, 1, null, null, 0.3,
				0.5, "0.05");

		Unit storage = unit(area, WorkCenterKind.STORAGE_ZONE, "Raw Water Storage", "Raw Water Tank");
		Equipment tank = tank(storage, "TK-101", "Raw water tank", "2500");
		instrument(storage, "LT-101", "Raw water tank level", "PV", "MTR", 0, 6, 0.5, 1.0, 5.0, 5.5, "3.5");
		signal(tank, "TK-101.TEMP", "Raw water temperature", SignalDirection.INPUT, "CEL", 0, 40, null, null, 25.0,
				30.0, "12");
	}

	private void treatment() {
		Area area = area("Treatment", "Filtration and chlorination.");
		Unit filtration = unit(area, WorkCenterKind.PROCESS_CELL, "Filtration", "Rapid Gravity Filters");
		for (int i = 1; i <= 3; i++) {
			String n = "20" + i;
			Equipment filter = equipment(filtration, "F-" + n, "Rapid gravity filter " + i, EquipmentKind.FILTER);
			filter.getPorts().add(port("Inlet", PortDirection.IN, Medium.PROCESS_FLUID));
			filter.getPorts().add(port("Outlet", PortDirection.OUT, Medium.PROCESS_FLUID));
			filter.getProperties().add(property("Filter area", "40", "m²"));
			instrument(filtration, "PDT-" + n, "Filter " + i + " differential pressure", "PV", "BAR", 0, 2, null, null,
					1.2, 1.5, "0.4");
			instrument(filtration, "AT-" + n, "Filter " + i + " outlet turbidity", "PV", "NTU", 0, 5, null, null, 0.5,
					1.0, "0.1");
			instrument(filtration, "FT-" + n, "Filter " + i + " outlet flow", "PV", "MQH", 0, 250, null, 20.0, 200.0,
					null, "105");
			Equipment valve = equipment(filtration, "XV-" + n, "Filter " + i + " inlet valve", EquipmentKind.VALVE);
			valve.getPorts().add(port("Inlet", PortDirection.IN, Medium.PROCESS_FLUID));
			valve.getPorts().add(port("Outlet", PortDirection.OUT, Medium.PROCESS_FLUID));
			Signal open = signal(valve, "XV-" + n + ".ZSO", "Open limit switch", SignalDirection.INPUT, null, null,
					null, null, null, null, null, "true");
			open.setDataType(SignalDataType.BOOLEAN);
			Signal cmd = signal(valve, "XV-" + n + ".CMD", "Open command", SignalDirection.OUTPUT, null, null, null,
					null, null, null, null, "true");
			cmd.setDataType(SignalDataType.BOOLEAN);
			cmd.setAccess(Access.READ_WRITE);
			Signal mode = signal(valve, "XV-" + n + ".MODE", "Filter mode", SignalDirection.INTERNAL, null, null, null,
					null, null, null, null, "Filtering");
			mode.setDataType(SignalDataType.ENUMERATION);
			mode.setAccess(Access.READ_WRITE); // operators (and loop checks) switch the loop to manual
			mode.getEnumLiterals().addAll(java.util.List.of("Filtering", "Draining", "Backwashing", "Standby"));
		}

		Unit dosing = unit(area, WorkCenterKind.PROCESS_CELL, "Chlorination", "Chlorine Dosing");
		Equipment tank = tank(dosing, "TK-301", "Hypochlorite day tank", "5");
		signal(tank, "TK-301.LVL", "Hypochlorite tank level", SignalDirection.INPUT, "P1", 0, 100, 10.0, 20.0, null,
				null, "65");
		pumpSet(dosing, "P-301", "Hypochlorite dosing pump", "M-301");
		instrument(dosing, "FT-301", "Hypochlorite dosing flow", "PV", "L2", 0, 10, null, 0.2, 8.0, null, "2.4");
		instrument(dosing, "AIT-301", "Free chlorine residual", "PV", "M1", 0, 5, 0.1, 0.2, 2.0, 4.0, "0.8");
		instrument(dosing, "AIT-302", "Treated water pH", "PV", "PH", 0, 14, 6.0, 6.5, 8.5, 9.5, "7.4");
	}

	private void storageAndDistribution() {
		Area area = area("Storage and Distribution", "Clear-water storage and the distribution pumping station.");
		Unit storage = unit(area, WorkCenterKind.STORAGE_ZONE, "Clear Water Storage", "Clear Water Tank");
		tank(storage, "TK-401", "Clear water tank", "4000");
		instrument(storage, "LT-401", "Clear water tank level", "PV", "MTR", 0, 8, 0.4, 1.0, 7.0, 7.5, "5.0");
		instrument(storage, "AT-401", "Clear water turbidity", "PV", "NTU", 0, 5, null, null, 0.5, 1.0, "0.1");
		instrument(storage, "TT-401", "Clear water temperature", "PV", "CEL", 0, 40, null, null, 25.0, 30.0, "12");
		pumpSet(storage, "P-401", "Transfer pump 1", "M-401");
		pumpSet(storage, "P-402", "Transfer pump 2", "M-402");

		Unit distribution = unit(area, WorkCenterKind.PRODUCTION_UNIT, "Distribution", "Distribution Pumping Station");
		pumpSet(distribution, "P-501", "Distribution pump 1", "M-501");
		pumpSet(distribution, "P-502", "Distribution pump 2", "M-502");
		pumpSet(distribution, "P-503", "Distribution pump 3 (standby)", "M-503");
		instrument(distribution, "PT-501", "Distribution header pressure", "PV", "BAR", 0, 10, 2.0, 3.0, 6.5, 7.5,
				"4.5");
		instrument(distribution, "FT-501", "Distribution flow", "PV", "MQH", 0, 800, null, 50.0, 700.0, null, "300");
		Equipment pv = controlValve(distribution, "PCV-501", "Distribution pressure sustaining valve");
		pv.setDescription("Holds the header pressure when the pumps ramp down.");
	}

	// ------------------------------------------------------------------------------------------ wiring

	private void connections() {
		Equipment mcc = equipment(plant.getAreas().get(0), "MCC-01", "Motor control centre", EquipmentKind.OTHER);
		mcc.setDescription("Feeds every pump motor of the plant.");
		signal(mcc, "MCC-01.V", "Busbar voltage", SignalDirection.INPUT, "VLT", 0, 500, 360.0, 380.0, 420.0, 440.0,
				"400");
		signal(mcc, "MCC-01.FREQ", "Busbar frequency", SignalDirection.INPUT, "HTZ", 45, 55, 48.5, 49.5, 50.5, 51.5,
				"50");
		signal(mcc, "MCC-01.PWR", "Total power", SignalDirection.INPUT, "KWT", 0, 250, null, null, 200.0, 230.0, "90");
		pipe("L-001", "SC-101", "Outlet", "P-101", "Suction");
		pipe("L-002", "SC-101", "Outlet", "P-102", "Suction");
		pipe("L-003", "P-101", "Discharge", "FCV-101", "Inlet");
		pipe("L-004", "P-102", "Discharge", "FCV-101", "Inlet");
		pipe("L-005", "FCV-101", "Outlet", "TK-101", "Inlet");
		for (int i = 1; i <= 3; i++) {
			pipe("L-01" + i, "TK-101", "Outlet", "XV-20" + i, "Inlet");
			pipe("L-02" + i, "XV-20" + i, "Outlet", "F-20" + i, "Inlet");
			pipe("L-03" + i, "F-20" + i, "Outlet", "P-401", "Suction");
		}
		pipe("L-040", "TK-301", "Outlet", "P-301", "Suction");
		pipe("L-041", "P-301", "Discharge", "TK-401", "Inlet");
		pipe("L-042", "P-401", "Discharge", "TK-401", "Inlet");
		pipe("L-043", "P-402", "Discharge", "TK-401", "Inlet");
		for (String pump : new String[]{"P-501", "P-502", "P-503"}) {
			pipe("L-05" + pump.charAt(4), "TK-401", "Outlet", pump, "Suction");
			pipe("L-06" + pump.charAt(4), pump, "Discharge", "PCV-501", "Inlet");
		}
		pipe("L-070", "P-101", "Discharge", "PT-101", "Process");
		for (String[] m : new String[][]{{"M-101", "P-101"}, {"M-102", "P-102"}, {"M-301", "P-301"}, {"M-401", "P-401"},
				{"M-402", "P-402"}, {"M-501", "P-501"}, {"M-502", "P-502"}, {"M-503", "P-503"}}) {
			Connection drive = F.createConnection();
			drive.setTag("C-" + m[0].substring(2));
			drive.setName("Drive of " + m[1]);
			drive.setKind(ConnectionKind.CABLE);
			Port feeder = port("Feeder " + m[0], PortDirection.OUT, Medium.ELECTRICAL);
			mcc.getPorts().add(feeder);
			drive.setSource(feeder);
			drive.setTarget(portOf(m[0], "Power"));
			plant.getConnections().add(drive);
		}
	}

	private void loops() {
		loop("FIC-101", "Raw water flow", "FT-101.PV", "FCV-101.OUT", "FCV-101", ControllerType.PI,
				ControlAction.REVERSE, 320);
		loop("LIC-101", "Raw water tank level", "LT-101.PV", "M-101.SPD_SP", "P-101", ControllerType.PI,
				ControlAction.REVERSE, 3.5);
		loop("FIC-301", "Hypochlorite dosing flow", "FT-301.PV", "M-301.SPD_SP", "P-301", ControllerType.PI,
				ControlAction.REVERSE, 2.4);
		ControlLoop residual = loop("AIC-301", "Chlorine residual", "AIT-301.PV", "FIC-301.SP", "P-301",
				ControllerType.CASCADE, ControlAction.REVERSE, 0.8);
		residual.setDescription("Outer loop: sets the dosing flow controller's setpoint.");
		loop("LIC-401", "Clear water tank level", "LT-401.PV", "M-401.SPD_SP", "P-401", ControllerType.PI,
				ControlAction.DIRECT, 5.0);
		loop("PIC-501", "Distribution header pressure", "PT-501.PV", "M-501.SPD_SP", "P-501", ControllerType.PID,
				ControlAction.REVERSE, 4.5);
	}

	private void interlocks() {
		interlock("IS-101", "Raw water tank low-low level stops the intake pump", "LT-101.PV",
				ComparisonOperator.LESS_THAN, 0.5, "P-101");
		interlock("IS-501", "Clear water tank low-low level stops distribution pump 1", "LT-401.PV",
				ComparisonOperator.LESS_THAN, 0.4, "P-501");
	}

	// ------------------------------------------------------------------------------------------ helpers

	private Area area(String name, String description) {
		Area area = F.createArea();
		area.setName(name);
		area.setDescription(description);
		plant.getAreas().add(area);
		return area;
	}

	private Unit unit(Area area, WorkCenterKind kind, String cellName, String unitName) {
		WorkCenter cell = area.getWorkCenters().stream().filter(c -> c.getName().equals(cellName)).findFirst()
				.orElseGet(() -> {
					WorkCenter created = F.createWorkCenter();
					created.setName(cellName);
					created.setKind(kind);
					area.getWorkCenters().add(created);
					return created;
				});
		Unit unit = F.createUnit();
		unit.setName(unitName);
		cell.getUnits().add(unit);
		return unit;
	}

	private Equipment equipment(EquipmentHolder holder, String tag, String name, EquipmentKind kind) {
		Equipment e = F.createEquipment();
		e.setTag(tag);
		e.setName(name);
		e.setKind(kind);
		holder.getEquipment().add(e);
		equipment.put(tag, e);
		return e;
	}

	private void pumpSet(EquipmentHolder holder, String pumpTag, String name, String motorTag) {
		Equipment pump = EquipmentTypes.instantiate(pumpType, pumpTag, name);
		holder.getEquipment().add(pump);
		equipment.put(pumpTag, pump);
		Equipment motor = EquipmentTypes.instantiate(motorType, motorTag, "Motor of " + pumpTag);
		motor.setLevel(EquipmentLevel.CONTROL_MODULE);
		pump.getEquipment().add(motor);
		equipment.put(motorTag, motor);
		pump.getSignals().forEach(this::register);
		motor.getSignals().forEach(this::register);
	}

	private Equipment tank(EquipmentHolder holder, String tag, String name, String volume) {
		Equipment tank = equipment(holder, tag, name, EquipmentKind.TANK);
		tank.getPorts().add(port("Inlet", PortDirection.IN, Medium.PROCESS_FLUID));
		tank.getPorts().add(port("Outlet", PortDirection.OUT, Medium.PROCESS_FLUID));
		tank.getProperties().add(property("Volume", volume, "m³"));
		return tank;
	}

	private Equipment controlValve(EquipmentHolder holder, String tag, String name) {
		Equipment valve = equipment(holder, tag, name, EquipmentKind.CONTROL_VALVE);
		valve.getPorts().add(port("Inlet", PortDirection.IN, Medium.PROCESS_FLUID));
		valve.getPorts().add(port("Outlet", PortDirection.OUT, Medium.PROCESS_FLUID));
		signal(valve, tag + ".POS", "Valve position", SignalDirection.INPUT, "P1", 0, 100, null, null, null, null,
				"55");
		Signal out = signal(valve, tag + ".OUT", "Valve position demand", SignalDirection.OUTPUT, "P1", 0, 100, null,
				null, null, null, "55");
		out.setAccess(Access.READ_WRITE);
		return valve;
	}

	private Equipment instrument(EquipmentHolder holder, String tag, String name, String suffix, String unit,
			double low, double high, Double ll, Double l, Double h, Double hh, String nominal) {
		Equipment instrument = equipment(holder, tag, name,
				tag.startsWith("A") ? EquipmentKind.ANALYZER : EquipmentKind.INSTRUMENT);
		instrument.setLevel(EquipmentLevel.CONTROL_MODULE);
		signal(instrument, tag + "." + suffix, name, SignalDirection.INPUT, unit, low, high, ll, l, h, hh, nominal);
		return instrument;
	}

	private Signal signal(Equipment owner, String tag, String name, SignalDirection direction, String unit, Number low,
			Number high, Double ll, Double l, Double h, Double hh, String nominal) {
		Signal signal = F.createSignal();
		signal.setTag(tag);
		signal.setName(name);
		signal.setDirection(direction);
		signal.setDataType(SignalDataType.DOUBLE);
		signal.setNominalValue(nominal);
		if (unit != null) {
			analog(signal, unit, low.doubleValue(), high.doubleValue(), ll, l, h, hh);
		}
		owner.getSignals().add(signal);
		register(signal);
		return signal;
	}

	private Signal template(String tag, String name, SignalDirection direction, SignalDataType type, String nominal) {
		Signal signal = F.createSignal();
		signal.setTag(tag);
		signal.setName(name);
		signal.setDirection(direction);
		signal.setDataType(type);
		signal.setNominalValue(nominal);
		return signal;
	}

	private void analog(Signal signal, String unit, double low, double high, Double ll, Double l, Double h, Double hh) {
		signal.setUnit(units.get(unit));
		signal.setRangeLow(low);
		signal.setRangeHigh(high);
		limit(signal, AlarmKind.LOW_LOW, ll, AlarmPriority.HIGH);
		limit(signal, AlarmKind.LOW, l, AlarmPriority.MEDIUM);
		limit(signal, AlarmKind.HIGH, h, AlarmPriority.MEDIUM);
		limit(signal, AlarmKind.HIGH_HIGH, hh, AlarmPriority.HIGH);
	}

	private static void limit(Signal signal, AlarmKind kind, Double value, AlarmPriority priority) {
		if (value != null) {
			AlarmLimit limit = F.createAlarmLimit();
			limit.setKind(kind);
			limit.setValue(value);
			limit.setPriority(priority);
			limit.setHysteresis(Math.abs(value) * 0.02);
			signal.getAlarmLimits().add(limit);
		}
	}

	/** Every signal gets a binding to the virtual plant's node of the same tag. */
	private void register(Signal signal) {
		signals.put(signal.getTag(), signal);
		Binding binding = F.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(endpoint);
		binding.setNodeId(NodeIds.format(NAMESPACE_URI, signal.getTag()));
		binding.setSamplingInterval(signal.getDataType() == SignalDataType.DOUBLE ? 250.0 : 500.0);
		binding.setQueueSize(10);
		if (signal.getRangeHigh() != null) {
			binding.setDeadbandKind(DeadbandKind.PERCENT);
			binding.setDeadbandValue(0.1);
		}
		plant.getTwin().getBindings().add(binding);
	}

	private static Port port(String name, PortDirection direction, Medium medium) {
		Port port = F.createPort();
		port.setName(name);
		port.setDirection(direction);
		port.setMedium(medium);
		return port;
	}

	private static Property property(String key, String value, String unit) {
		Property property = F.createProperty();
		property.setKey(key);
		property.setValue(value);
		property.setUnit(unit);
		return property;
	}

	private Port portOf(String tag, String portName) {
		return equipment.get(tag).getPorts().stream().filter(p -> p.getName().equals(portName)).findFirst()
				.orElseThrow(() -> new IllegalStateException(tag + " has no port " + portName));
	}

	private void pipe(String tag, String from, String fromPort, String to, String toPort) {
		Connection pipe = F.createConnection();
		pipe.setTag(tag);
		pipe.setName(from + " to " + to);
		pipe.setKind(ConnectionKind.PIPE);
		pipe.setSource(portOf(from, fromPort));
		pipe.setTarget(portOf(to, toPort));
		plant.getConnections().add(pipe);
	}

	private ControlLoop loop(String tag, String name, String pv, String output, String finalElement,
			ControllerType type, ControlAction action, double setpointValue) {
		ControlLoop loop = F.createControlLoop();
		loop.setTag(tag);
		loop.setName(name);
		loop.setControllerType(type);
		loop.setAction(action);
		loop.setMeasuredValue(signals.get(pv));
		loop.setFinalElement(equipment.get(finalElement));
		// the setpoint lives in the controller: a signal of the loop's controller equipment
		Equipment controller = equipment.computeIfAbsent("C-" + tag, t -> {
			Equipment c = F.createEquipment();
			c.setTag(tag);
			c.setName(name + " controller");
			c.setKind(EquipmentKind.CONTROLLER);
			c.setLevel(EquipmentLevel.CONTROL_MODULE);
			((EquipmentHolder) loop.getMeasuredValue().getEquipment().eContainer()).getEquipment().add(c);
			return c;
		});
		Signal setpoint = signal(controller, tag + ".SP", name + " setpoint", SignalDirection.OUTPUT,
				loop.getMeasuredValue().getUnit() == null ? null : unitCode(loop.getMeasuredValue()),
				loop.getMeasuredValue().getRangeLow(), loop.getMeasuredValue().getRangeHigh(), null, null, null, null,
				String.valueOf(setpointValue));
		setpoint.setAccess(Access.READ_WRITE);
		loop.setSetpoint(setpoint);
		Signal mode = signal(controller, tag + ".MODE", name + " controller mode", SignalDirection.INTERNAL, null, null,
				null, null, null, null, null, "Auto");
		mode.setDataType(SignalDataType.ENUMERATION);
		mode.setAccess(Access.READ_WRITE); // operators (and loop checks) switch the loop to manual
		mode.getEnumLiterals().addAll(java.util.List.of("Manual", "Auto", "Cascade"));
		signal(controller, tag + ".CV", name + " controller output", SignalDirection.INTERNAL, "P1", 0, 100, null, null,
				null, null, "50");
		loop.setOutput(signals.get(output));
		if (loop.getOutput() == null) {
			throw new IllegalStateException(tag + ": no signal " + output);
		}
		plant.getControlLoops().add(loop);
		return loop;
	}

	private String unitCode(Signal signal) {
		return units.entrySet().stream().filter(e -> e.getValue() == signal.getUnit()).map(Map.Entry::getKey)
				.findFirst().orElse(null);
	}

	private void interlock(String tag, String name, String signal, ComparisonOperator operator, double threshold,
			String trips) {
		Interlock interlock = F.createInterlock();
		interlock.setTag(tag);
		interlock.setName(name);
		interlock.setCombination(ConditionCombination.ANY);
		InterlockCondition condition = F.createInterlockCondition();
		condition.setSignal(signals.get(signal));
		condition.setOperator(operator);
		condition.setThreshold(threshold);
		interlock.getConditions().add(condition);
		interlock.setTrips(equipment.get(trips));
		interlock.setTripAction(TripAction.STOP);
		plant.getInterlocks().add(interlock);
	}

	/** Name-based UUIDs from each element's place in the model: the same demo always gets the same ids. */
	private static void assignStableIds(Resource resource) {
		if (!(resource instanceof XMLResource xml)) {
			return;
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			String place = EcoreUtil.getRelativeURIFragmentPath(null, element);
			xml.setID(element,
					UUID.nameUUIDFromBytes(("twinworks-demo:" + place).getBytes(StandardCharsets.UTF_8)).toString());
		}
	}
}
