// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.merge.Change;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.ComparisonOperator;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.ControllerType;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TripAction;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

/** An AutomationML file merged into a plant that never came from AutomationML: the same diff as any import. */
class AmlMergeTest {
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void theDiffListsWhatTheFileAddsAndNothingOfThePlantIsLost() throws Exception {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve("demo.twin"));
		Plant plant = DemoPlant.createIn(resource);
		List<EObject> before = new ArrayList<>();
		plant.eAllContents().forEachRemaining(before::add);
		List<String> factsBefore = ControlFacts.of(plant);

		// the engineering tool's file: the demo plant and a sludge area with a loop and an interlock of its own
		Plant engineered = DemoPlant.createIn(new XMIResourceImpl());
		addSludgeArea(engineered);
		Path file = dir.resolve("engineered.aml");
		org.twinworks.interop.aml.export.AmlExporter.write(file, engineered);
		assertTrue(Files.size(file) > 0);

		ImportDiff diff = PlantMerger.diff(plant, AmlImporter.importFile(file), MergeOptions.defaults());
		assertEquals(List.of(), diff.conflicts());
		assertEquals(0, diff.count(Change.Removed.class), diff.changes().toString());
		assertEquals(0, diff.count(Change.Moved.class), diff.changes().toString());
		List<String> added = diff.changes().stream().filter(Change.Added.class::isInstance).map(Change::line).toList();
		assertEquals(4, added.size(), added.toString());
		assertTrue(added.get(0).contains("Sludge") && added.get(0).contains("(4 elements)"), added.toString());
		assertTrue(added.stream().anyMatch(line -> line.contains("Binding of FT-901")), added.toString());
		assertTrue(added.stream().anyMatch(line -> line.contains("FIC-901")), added.toString());
		assertTrue(added.stream().anyMatch(line -> line.contains("IS-901")), added.toString());
		for (Change change : diff.changes()) {
			if (change instanceof Change.Updated updated) {
				// the plant's elements only learn where they are in the file
				assertEquals("sourceId", updated.feature(), change.line());
			}
		}

		diff.command(null).execute();
		for (EObject element : before) {
			assertSame(plant, EcoreUtil.getRootContainer(element), () -> "lost: " + element);
		}
		List<String> after = ControlFacts.of(plant);
		assertTrue(after.containsAll(factsBefore), "every loop, interlock, alarm, binding and type is kept");
		assertEquals(ControlFacts.of(engineered), after, "and the plant now says what the file says");
		assertTrue(PlantMerger.diff(plant, AmlImporter.importFile(file), MergeOptions.defaults()).isEmpty(),
				"importing the same file again changes nothing");
	}

	private static void addSludgeArea(Plant plant) {
		Area area = F.createArea();
		area.setName("Sludge");
		Equipment pump = F.createEquipment();
		pump.setTag("P-901");
		pump.setName("Sludge pump");
		pump.setKind(EquipmentKind.PUMP);
		Signal flow = F.createSignal();
		flow.setTag("FT-901");
		flow.setName("Sludge flow");
		flow.setUnit(
				plant.getEngineeringUnits().stream().filter(u -> "MQH".equals(u.getCode())).findFirst().orElseThrow());
		flow.setRangeLow(0.0);
		flow.setRangeHigh(50.0);
		AlarmLimit high = F.createAlarmLimit();
		high.setKind(AlarmKind.HIGH);
		high.setValue(45);
		high.setHysteresis(1.5);
		flow.getAlarmLimits().add(high);
		pump.getSignals().add(flow);
		area.getEquipment().add(pump);
		plant.getAreas().add(area);
		Binding binding = F.createBinding();
		binding.setSignal(flow);
		binding.setEndpoint(plant.getTwin().getEndpoints().get(0));
		binding.setNodeId("nsu=" + DemoPlant.NAMESPACE_URI + ";s=FT-901");
		plant.getTwin().getBindings().add(binding);
		ControlLoop loop = F.createControlLoop();
		loop.setTag("FIC-901");
		loop.setName("Sludge flow control");
		loop.setControllerType(ControllerType.PI);
		loop.setAction(ControlAction.REVERSE);
		loop.setMeasuredValue(flow);
		loop.setFinalElement(pump);
		plant.getControlLoops().add(loop);
		Interlock interlock = F.createInterlock();
		interlock.setTag("IS-901");
		interlock.setName("Sludge overflow");
		InterlockCondition condition = F.createInterlockCondition();
		condition.setSignal(flow);
		condition.setOperator(ComparisonOperator.GREATER_THAN);
		condition.setThreshold(48);
		interlock.getConditions().add(condition);
		interlock.setTrips(pump);
		interlock.setTripAction(TripAction.STOP);
		plant.getInterlocks().add(interlock);
	}
}
