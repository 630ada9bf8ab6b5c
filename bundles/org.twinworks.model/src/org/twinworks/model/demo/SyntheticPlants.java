// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Medium;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.WorkCenterKind;
import org.twinworks.model.rules.NodeIds;

/**
 * Valid synthetic plants of a chosen size for benchmarks: areas of process cells of units of equipment,
 * each equipment with two ports and three or four signals (most with a range and alarm limits), every
 * signal bound, a pipe between neighbouring equipment and a loop every twentieth equipment. The same
 * size and seed always give the same plant.
 */
public final class SyntheticPlants {
	/** Roughly how many model elements one equipment brings with it (ports, signals, limits, bindings...). */
	private static final int ELEMENTS_PER_EQUIPMENT = 17;
	private static final EquipmentKind[] KINDS = {EquipmentKind.PUMP, EquipmentKind.VALVE, EquipmentKind.CONTROL_VALVE,
			EquipmentKind.TANK, EquipmentKind.INSTRUMENT, EquipmentKind.MOTOR, EquipmentKind.FILTER,
			EquipmentKind.HEAT_EXCHANGER};
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private SyntheticPlants() {
	}

	/** A plant of about {@code elements} model elements. */
	public static Plant create(int elements, long seed) {
		Random random = new Random(seed);
		Plant plant = F.createPlant();
		plant.setName("Synthetic plant (" + elements + " elements)");
		plant.setNamespaceUri("urn:twinworks:synthetic");
		EngineeringUnit[] units = units(plant);
		Twin twin = F.createTwin();
		Endpoint endpoint = F.createEndpoint();
		endpoint.setName("Server");
		endpoint.setUrl("opc.tcp://127.0.0.1:4840/synthetic");
		twin.getEndpoints().add(endpoint);
		plant.setTwin(twin);

		int equipmentCount = Math.max(1, elements / ELEMENTS_PER_EQUIPMENT);
		List<Binding> bindings = new ArrayList<>(equipmentCount * 4);
		List<Connection> connections = new ArrayList<>(equipmentCount);
		List<ControlLoop> loops = new ArrayList<>(equipmentCount / 20 + 1);
		Unit unit = null;
		Port previousOutlet = null;
		for (int e = 0; e < equipmentCount; e++) {
			if (e % 50 == 0) {
				unit = nextUnit(plant, e);
			}
			Equipment equipment = equipment(e, random);
			unit.getEquipment().add(equipment);
			Port inlet = port(equipment, "Inlet", PortDirection.IN);
			Port outlet = port(equipment, "Outlet", PortDirection.OUT);
			int signalCount = 3 + random.nextInt(2);
			for (int s = 0; s < signalCount; s++) {
				Signal signal = signal(equipment, s, units[random.nextInt(units.length)], random);
				bindings.add(binding(signal, endpoint, plant.getNamespaceUri()));
			}
			if (previousOutlet != null && e % 50 != 0) {
				connections.add(pipe(e, previousOutlet, inlet));
			}
			previousOutlet = outlet;
			if (e % 20 == 19) {
				loops.add(loop(e, equipment));
			}
		}
		// addAll: one uniqueness pass for the whole list instead of one scan per add
		twin.getBindings().addAll(bindings);
		plant.getConnections().addAll(connections);
		plant.getControlLoops().addAll(loops);
		return plant;
	}

	private static EngineeringUnit[] units(Plant plant) {
		String[][] codes = {{"MTR", "m"}, {"MQH", "m³/h"}, {"BAR", "bar"}, {"CEL", "°C"}, {"P1", "%"}};
		EngineeringUnit[] units = new EngineeringUnit[codes.length];
		for (int i = 0; i < codes.length; i++) {
			units[i] = F.createEngineeringUnit();
			units[i].setCode(codes[i][0]);
			units[i].setSymbol(codes[i][1]);
			plant.getEngineeringUnits().add(units[i]);
		}
		return units;
	}

	private static Unit nextUnit(Plant plant, int equipmentIndex) {
		int unitNumber = equipmentIndex / 50;
		if (unitNumber % 20 == 0) {
			Area area = F.createArea();
			area.setName("Area " + (unitNumber / 20 + 1));
			plant.getAreas().add(area);
		}
		Area area = plant.getAreas().get(plant.getAreas().size() - 1);
		if (unitNumber % 5 == 0) {
			WorkCenter cell = F.createWorkCenter();
			cell.setName("Cell " + (unitNumber / 5 + 1));
			cell.setKind(WorkCenterKind.PROCESS_CELL);
			area.getWorkCenters().add(cell);
		}
		EList<WorkCenter> cells = area.getWorkCenters();
		Unit unit = F.createUnit();
		unit.setName("Unit " + (unitNumber + 1));
		cells.get(cells.size() - 1).getUnits().add(unit);
		return unit;
	}

	private static Equipment equipment(int index, Random random) {
		Equipment equipment = F.createEquipment();
		EquipmentKind kind = KINDS[random.nextInt(KINDS.length)];
		equipment.setKind(kind);
		equipment.setTag(kind.getLiteral().substring(0, 1) + "-" + (100000 + index));
		equipment.setName(kind.getLiteral() + " " + (index + 1));
		return equipment;
	}

	private static Port port(Equipment owner, String name, PortDirection direction) {
		Port port = F.createPort();
		port.setName(name);
		port.setDirection(direction);
		port.setMedium(Medium.PROCESS_FLUID);
		owner.getPorts().add(port);
		return port;
	}

	private static Signal signal(Equipment owner, int index, EngineeringUnit unit, Random random) {
		Signal signal = F.createSignal();
		signal.setTag(owner.getTag() + ".S" + index);
		signal.setName("Signal " + index + " of " + owner.getTag());
		signal.setDirection(index == 0 ? SignalDirection.OUTPUT : SignalDirection.INPUT);
		if (index == 3) {
			signal.setDataType(SignalDataType.BOOLEAN);
		} else {
			signal.setDataType(SignalDataType.DOUBLE);
			signal.setUnit(unit);
			double high = 10 + random.nextInt(990);
			signal.setRangeLow(0.0);
			signal.setRangeHigh(high);
			limit(signal, AlarmKind.LOW, high * 0.1);
			limit(signal, AlarmKind.HIGH, high * 0.9);
		}
		owner.getSignals().add(signal);
		return signal;
	}

	private static void limit(Signal signal, AlarmKind kind, double value) {
		AlarmLimit limit = F.createAlarmLimit();
		limit.setKind(kind);
		limit.setValue(value);
		signal.getAlarmLimits().add(limit);
	}

	private static Binding binding(Signal signal, Endpoint endpoint, String namespaceUri) {
		Binding binding = F.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(endpoint);
		binding.setNodeId(NodeIds.format(namespaceUri, signal.getTag()));
		return binding;
	}

	private static Connection pipe(int index, Port from, Port to) {
		Connection pipe = F.createConnection();
		pipe.setTag("L-" + (100000 + index));
		pipe.setKind(ConnectionKind.PIPE);
		pipe.setSource(from);
		pipe.setTarget(to);
		return pipe;
	}

	private static ControlLoop loop(int index, Equipment equipment) {
		ControlLoop loop = F.createControlLoop();
		loop.setTag("LIC-" + (100000 + index));
		loop.setMeasuredValue(equipment.getSignals().get(1));
		loop.setOutput(equipment.getSignals().get(0));
		loop.setFinalElement(equipment);
		return loop;
	}
}
