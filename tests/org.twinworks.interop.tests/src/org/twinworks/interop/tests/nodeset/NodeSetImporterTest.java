// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.nodeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Named;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

class NodeSetImporterTest {

	@Test
	void everyNodeSetOfTheCorpusImportsItsTypesObjectsAndVariables() throws Exception {
		check(List.of(TestNodeSets.di()));
		check(List.of(TestNodeSets.ia(), TestNodeSets.di()));
		check(List.of(TestNodeSets.machinery(), TestNodeSets.di()));
		check(List.of(TestNodeSets.examples(), TestNodeSets.machinery(), TestNodeSets.di()));
		check(List.of(TestNodeSets.irdi()));
		check(List.of(TestNodeSets.padim(), TestNodeSets.irdi(), TestNodeSets.di()));
	}

	/** Counted against a plain pass over the files: what the draft holds must be what they declare. */
	private static void check(List<Path> files) throws Exception {
		ImportDraft draft = NodeSetImporter.read(files, NodeSetImportOptions.DEFAULT);
		List<TestNodeSets.Declared> declared = new ArrayList<>();
		for (Path file : files) {
			declared.addAll(TestNodeSets.declared(file));
		}
		Map<String, TestNodeSets.Declared> byNsu = declared.stream()
				.collect(Collectors.toMap(TestNodeSets.Declared::nsu, Function.identity()));
		Set<String> typeIds = ids(draft.plant().getEquipmentTypes());
		// every concrete object type of the files is an equipment type
		for (TestNodeSets.Declared node : declared) {
			if (node.element().equals("UAObjectType") && !node.isAbstract()) {
				assertTrue(typeIds.contains("opcua:" + node.nsu()), node.nsu() + " imported as a type");
			}
		}
		// and every equipment type is an object type of the files or of the base model
		for (String id : typeIds) {
			TestNodeSets.Declared node = byNsu.get(id.substring("opcua:".length()));
			assertTrue(node == null
					? id.startsWith("opcua:nsu=" + TestNodeSets.BASE + ";")
					: node.element().equals("UAObjectType"), id);
		}
		// every equipment is an object of the files, never an instance declaration of a type
		List<Equipment> equipment = all(draft, Equipment.class);
		for (Equipment e : equipment) {
			TestNodeSets.Declared node = byNsu.get(e.getSourceId().substring("opcua:".length()));
			assertNotNull(node, e.getSourceId());
			assertEquals("UAObject", node.element());
			assertFalse(node.hasModellingRule(), e.getSourceId() + " is an instance");
		}
		// every signal of an equipment is a variable of the files, bound to its node in nsu= form
		Map<Signal, String> bound = new HashMap<>();
		for (Binding binding : draft.plant().getTwin().getBindings()) {
			bound.put(binding.getSignal(), binding.getNodeId());
		}
		for (Equipment e : equipment) {
			for (Signal signal : e.getSignals()) {
				TestNodeSets.Declared node = byNsu.get(signal.getSourceId().substring("opcua:".length()));
				assertNotNull(node, signal.getSourceId());
				assertEquals("UAVariable", node.element());
				assertEquals(node.nsu(), bound.get(signal));
			}
		}
		assertEquals(bound.size(), equipment.stream().mapToInt(e -> e.getSignals().size()).sum());
	}

	@Test
	void theMachineryExamplesBecomeEquipmentOfTheirTypesWithEveryVariable() throws Exception {
		ImportDraft draft = NodeSetImporter.read(
				List.of(TestNodeSets.examples(), TestNodeSets.machinery(), TestNodeSets.di()),
				NodeSetImportOptions.DEFAULT);
		List<TestNodeSets.Declared> declared = TestNodeSets.declared(TestNodeSets.examples());
		Map<String, Equipment> equipment = all(draft, Equipment.class).stream()
				.collect(Collectors.toMap(Named::getSourceId, Function.identity()));
		String machine = "nsu=" + TestNodeSets.EXAMPLES + ";i=5003";
		Equipment machine01 = equipment.get("opcua:" + machine);
		assertNotNull(machine01, "ExampleMachine01 is equipment");
		assertEquals("ExampleMachine01", machine01.getName());
		assertTrue(machine01.eContainer() instanceof Area area && "Machines".equals(area.getName()),
				"in the area of Machinery's Machines folder");

		// the instances of the file (objects without a modelling rule) under the machine, by ParentNodeId
		Map<String, TestNodeSets.Declared> byId = new HashMap<>();
		declared.forEach(d -> byId.put(d.nsu(), d));
		Set<String> underMachine = new HashSet<>();
		for (TestNodeSets.Declared d : declared) {
			for (TestNodeSets.Declared at = d; at != null; at = at.parentNodeId() == null
					? null
					: byId.get("nsu=" + TestNodeSets.EXAMPLES + ";"
							+ at.parentNodeId().substring(at.parentNodeId().indexOf(';') + 1))) {
				if (at.nsu().equals(machine)) {
					underMachine.add(d.nsu());
					break;
				}
			}
		}
		int typed = 0;
		for (TestNodeSets.Declared d : declared) {
			if (d.element().equals("UAObject") && underMachine.contains(d.nsu()) && d.typeDefinition() != null
					&& d.typeDefinition().startsWith("nsu=" + TestNodeSets.EXAMPLES)) {
				Equipment e = equipment.get("opcua:" + d.nsu());
				assertNotNull(e, d.nsu());
				assertEquals("opcua:" + d.typeDefinition(), e.getType().getSourceId(), d.nsu());
				typed++;
			}
		}
		assertTrue(typed >= 2, "the machine and its component are typed by the example's types");
		// every variable of an object under the machine is a signal with a binding, or a property of its equipment
		Set<String> withProperties = all(draft, Equipment.class).stream().filter(e -> !e.getProperties().isEmpty())
				.map(Named::getSourceId).collect(Collectors.toSet());
		Set<String> signals = all(draft, Signal.class).stream().filter(s -> s.eContainer() instanceof Equipment)
				.map(Named::getSourceId).collect(Collectors.toSet());
		int variables = 0;
		for (TestNodeSets.Declared d : declared) {
			if (d.element().equals("UAVariable") && underMachine.contains(d.nsu())) {
				TestNodeSets.Declared parent = byId.get("nsu=" + TestNodeSets.EXAMPLES + ";"
						+ d.parentNodeId().substring(d.parentNodeId().indexOf(';') + 1));
				if (parent != null && parent.element().equals("UAObject")) {
					assertTrue(signals.contains("opcua:" + d.nsu()) || withProperties.contains("opcua:" + parent.nsu()),
							d.nsu() + " is a signal or a property of its equipment");
					variables++;
				}
			}
		}
		assertTrue(variables > 5, "the example machine has variables: " + variables);
		// instance signals point at their type's templates
		EquipmentType type = machine01.getType();
		assertNotNull(type);
		assertEquals("opcua:nsu=" + TestNodeSets.EXAMPLES + ";i=1002", type.getSourceId());
		assertEquals("opcua:nsu=" + TestNodeSets.EXAMPLES + ";", draft.scope());
		List<Signal> templated = all(draft, Signal.class).stream().filter(s -> s.getTemplate() != null).toList();
		assertFalse(templated.isEmpty(), "instance signals point at their type's template signals");
		for (Signal signal : templated) {
			Equipment owner = (Equipment) signal.eContainer();
			assertEquals(owner.getType(), signal.getTemplate().eContainer(), signal.getSourceId());
			assertEquals(signal.getName(), signal.getTemplate().getName());
		}
	}

	@Test
	void variablesCarryTypeUnitRangeAndAccess() throws Exception {
		ImportDraft draft = NodeSetImporter.read(List.of(TestNodeSets.padim(), TestNodeSets.irdi(), TestNodeSets.di()),
				NodeSetImportOptions.DEFAULT.withTypesOnly(true));
		Signal controlSignal = all(draft, Signal.class).stream()
				.filter(s -> ("opcua:nsu=" + TestNodeSets.PADIM + ";i=1031").equals(s.getSourceId())).findFirst()
				.orElseThrow();
		assertEquals(SignalDataType.FLOAT, controlSignal.getDataType());
		assertEquals(0.0, controlSignal.getRangeLow());
		assertEquals(100.0, controlSignal.getRangeHigh());
		assertEquals("P1", controlSignal.getUnit().getCode());
		assertEquals("%", controlSignal.getUnit().getSymbol());
		assertEquals(org.twinworks.model.Access.READ_WRITE, controlSignal.getAccess());
		assertEquals(org.twinworks.model.SignalDirection.OUTPUT, controlSignal.getDirection());
		assertTrue(draft.plant().getEngineeringUnits().contains(controlSignal.getUnit()));
		assertTrue(draft.plant().getAreas().isEmpty(), "types only");
		assertTrue(draft.plant().getTwin().getBindings().isEmpty(), "types only");
		long codes = draft.plant().getEngineeringUnits().stream().map(u -> u.getCode()).distinct().count();
		assertEquals(draft.plant().getEngineeringUnits().size(), codes, "one unit per code");
	}

	private static <T extends EObject> List<T> all(ImportDraft draft, Class<T> type) {
		List<T> found = new ArrayList<>();
		draft.plant().eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o)) {
				found.add(type.cast(o));
			}
		});
		return found;
	}

	private static Set<String> ids(List<? extends Named> elements) {
		return elements.stream().map(Named::getSourceId).collect(Collectors.toSet());
	}
}
