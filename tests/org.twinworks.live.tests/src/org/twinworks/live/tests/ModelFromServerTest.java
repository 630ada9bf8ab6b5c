// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinworks.live.Mismatch;
import org.twinworks.live.Mismatch.Aspect;
import org.twinworks.live.NodeDetails;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.rules.UneceUnits;
import org.twinworks.live.binding.ModelFromServer;

/** The model takes what a server node says, as one command that one undo takes back; the catalogue grows if need be. */
class ModelFromServerTest {
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private AdapterFactoryEditingDomain domain;
	private Plant plant;
	private EngineeringUnit bar;
	private Signal signal;
	private Binding binding;

	@BeforeEach
	void aPlantWithOnePressureSignal() {
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		plant = F.createPlant();
		bar = unit("BAR", "bar");
		plant.getEngineeringUnits().add(bar);
		signal = F.createSignal();
		signal.setTag("PT-1.PV");
		signal.setDataType(SignalDataType.FLOAT);
		signal.setUnit(bar);
		signal.setRangeLow(0.0);
		signal.setRangeHigh(10.0);
		signal.setAccess(Access.READ);
		// the catalogue is found from the signal's plant, so the signal sits where a real one does
		org.twinworks.model.Area area = F.createArea();
		org.twinworks.model.Equipment transmitter = F.createEquipment();
		transmitter.getSignals().add(signal);
		area.getEquipment().add(transmitter);
		plant.getAreas().add(area);
		binding = F.createBinding();
		binding.setSignal(signal);
		binding.setNodeId("nsu=urn:test;s=PT-1.PV");
		var resource = domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/p.twin"));
		resource.getContents().add(plant);
	}

	@Test
	void everyAspectIsTakenFromTheServerAsOneUndoableCommand() {
		NodeDetails node = node("Double", new NodeDetails.EuRange(-1, 16), new NodeDetails.ServerUnit(
				"http://www.opcfoundation.org/UA/units/un/cefact", UneceUnits.unitId("KPA"), "kPa", "kilopascal"), 3);
		List<Mismatch> mismatches = List.of(mismatch(Aspect.DATA_TYPE), mismatch(Aspect.EU_RANGE),
				mismatch(Aspect.ENGINEERING_UNITS), mismatch(Aspect.ACCESS_LEVEL));
		Command command = ModelFromServer.command(domain, mismatches, Map.of(binding, node)::get);
		domain.getCommandStack().execute(command);

		assertEquals(SignalDataType.DOUBLE, signal.getDataType());
		assertEquals(-1.0, signal.getRangeLow());
		assertEquals(16.0, signal.getRangeHigh());
		assertEquals(Access.READ_WRITE, signal.getAccess());
		EngineeringUnit created = signal.getUnit();
		assertEquals("KPA", created.getCode(), "the code comes from the server's unitId");
		assertEquals("kPa", created.getSymbol());
		assertSame(plant, created.eContainer(), "a unit the catalogue lacked is added to it");

		domain.getCommandStack().undo();
		assertEquals(SignalDataType.FLOAT, signal.getDataType());
		assertEquals(0.0, signal.getRangeLow());
		assertEquals(10.0, signal.getRangeHigh());
		assertEquals(Access.READ, signal.getAccess());
		assertSame(bar, signal.getUnit());
		assertEquals(List.of(bar), plant.getEngineeringUnits(), "one undo removes the new unit too");
	}

	@Test
	void aCatalogueUnitIsFoundByItsUneceIdOrElseBySymbol() {
		EngineeringUnit kpa = unit("KPA", "kPa");
		EngineeringUnit ntu = unit("C62", "NTU");
		plant.getEngineeringUnits().addAll(List.of(kpa, ntu));
		domain.getCommandStack()
				.execute(ModelFromServer.command(domain, List.of(mismatch(Aspect.ENGINEERING_UNITS)),
						Map.of(binding, node("Float", null,
								new NodeDetails.ServerUnit(null, UneceUnits.unitId("KPA"), "?", null), 1))::get));
		assertSame(kpa, signal.getUnit());
		domain.getCommandStack().execute(ModelFromServer.command(domain, List.of(mismatch(Aspect.ENGINEERING_UNITS)),
				Map.of(binding, node("Float", null, new NodeDetails.ServerUnit(null, 0, "NTU", null), 1))::get));
		assertSame(ntu, signal.getUnit());
		assertEquals(3, plant.getEngineeringUnits().size(), "nothing created");
	}

	@Test
	void aMissingNodeHasNothingToTake() {
		Mismatch missing = mismatch(Aspect.NODE);
		assertFalse(ModelFromServer.updatable(missing));
		NodeDetails unknown = new NodeDetails(binding.getNodeId(), "Bad_NodeIdUnknown", null, null, null, null, null,
				null, null, null);
		assertFalse(ModelFromServer.command(domain, List.of(missing), Map.of(binding, unknown)::get).canExecute());
	}

	private Mismatch mismatch(Aspect aspect) {
		return new Mismatch(signal, binding, aspect, "model", "server");
	}

	private NodeDetails node(String dataType, NodeDetails.EuRange range, NodeDetails.ServerUnit unit, int access) {
		return new NodeDetails(binding.getNodeId(), "Good", "urn:test", "PV", "Variable", dataType, null, range, unit,
				access);
	}

	private static EngineeringUnit unit(String code, String symbol) {
		EngineeringUnit unit = F.createEngineeringUnit();
		unit.setCode(code);
		unit.setSymbol(symbol);
		return unit;
	}
}
