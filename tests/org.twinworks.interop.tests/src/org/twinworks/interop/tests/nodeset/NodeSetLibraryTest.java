// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.nodeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.twinworks.interop.nodeset.InstanceDeclaration;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.StandardNodes;
import org.twinworks.interop.nodeset.UaNode;
import org.twinworks.interop.nodeset.UaNodeClass;
import org.twinworks.interop.nodeset.UaValue;

class NodeSetLibraryTest {

	@Test
	void theBaseModelIsReadOnceAndShared() throws Exception {
		NodeSetLibrary base = NodeSetLibrary.base();
		assertSame(base, NodeSetLibrary.base());
		assertEquals(List.of(StandardNodes.BASE_URI), base.namespaces());
		assertNotNull(base.node(StandardNodes.OBJECTS_FOLDER));
		assertTrue(base.isSubtypeOf(StandardNodes.FOLDER_TYPE, StandardNodes.BASE_OBJECT_TYPE));
	}

	@Test
	void everyCompanionModelLoadsWithTheNodesItsFileDeclares() throws Exception {
		checkCounts(List.of(TestNodeSets.di()), TestNodeSets.DI);
		checkCounts(List.of(TestNodeSets.ia(), TestNodeSets.di()), TestNodeSets.IA);
		checkCounts(List.of(TestNodeSets.machinery(), TestNodeSets.di()), TestNodeSets.MACHINERY);
		checkCounts(List.of(TestNodeSets.examples(), TestNodeSets.machinery(), TestNodeSets.di()),
				TestNodeSets.EXAMPLES);
		checkCounts(List.of(TestNodeSets.irdi()), TestNodeSets.IRDI);
		checkCounts(List.of(TestNodeSets.padim(), TestNodeSets.irdi(), TestNodeSets.di()), TestNodeSets.PADIM);
	}

	/** The first file's model: every node class counted by a plain pass over the file equals what the library has. */
	private static void checkCounts(List<Path> files, String modelUri) throws Exception {
		NodeSetLibrary library = NodeSetLibrary.of(files);
		assertTrue(library.models().containsKey(modelUri), modelUri + " loaded");
		List<TestNodeSets.Declared> declared = TestNodeSets.declared(files.get(0));
		Map<UaNodeClass, Long> loaded = library.nodesOf(modelUri).stream()
				.collect(Collectors.groupingBy(UaNode::nodeClass, Collectors.counting()));
		for (UaNodeClass nodeClass : UaNodeClass.values()) {
			long inFile = TestNodeSets.count(declared, nodeClass.elementName(), modelUri);
			assertEquals(inFile, loaded.getOrDefault(nodeClass, 0L).longValue(),
					nodeClass.elementName() + " of " + modelUri);
		}
		assertTrue(TestNodeSets.count(declared, "UAVariable", modelUri) > 0, "the file has variables");
		// every node's id is reachable in the nsu= form and declared in the file
		for (TestNodeSets.Declared node : declared) {
			assertNotNull(library.node(node.nsu()), node.nsu());
		}
	}

	@Test
	void instanceDeclarationsIncludeTheSupertypesAndTheirModellingRules() throws Exception {
		NodeSetLibrary library = NodeSetLibrary
				.of(List.of(TestNodeSets.examples(), TestNodeSets.machinery(), TestNodeSets.di()));
		UaNode machineType = library.node("nsu=" + TestNodeSets.EXAMPLES + ";i=1002");
		assertNotNull(machineType);
		assertTrue(library.isSubtypeOf(machineType.nodeId(), StandardNodes.BASE_OBJECT_TYPE));
		List<InstanceDeclaration> declarations = library.instanceDeclarations(machineType.nodeId());
		InstanceDeclaration identification = declarations.stream().filter(d -> d.browsePath().equals("Identification"))
				.findFirst().orElseThrow();
		assertEquals("nsu=" + TestNodeSets.EXAMPLES + ";i=5001", library.nsu(identification.node().nodeId()));
		assertTrue(identification.isMandatory());
		assertTrue(declarations.stream().anyMatch(d -> d.browsePath().startsWith("Identification/")),
				"nested declarations have their path");

		// DI's DeviceType declares few children itself: most come from its supertypes
		UaNode deviceType = library.node("nsu=" + TestNodeSets.DI + ";i=1002");
		assertNotNull(deviceType);
		List<InstanceDeclaration> device = library.instanceDeclarations(deviceType.nodeId());
		assertTrue(device.stream().anyMatch(d -> !d.declaringType().equals(deviceType.nodeId())), "inherited ones");
		assertTrue(device.stream().anyMatch(d -> d.modellingRule().equals("Optional")));
		assertTrue(device.stream().anyMatch(d -> d.modellingRule().equals("Mandatory")));
	}

	@Test
	void rangesAndUnitsAreReadWithTheirTypeIdRemapped() throws Exception {
		NodeSetLibrary library = NodeSetLibrary
				.of(List.of(TestNodeSets.padim(), TestNodeSets.irdi(), TestNodeSets.di()));
		// PADIM line ~1153: ControlSignal with EngineeringUnits (UnitId 20529, "P1": percent) and EURange 0..100
		UaNode controlSignal = library.node("nsu=" + TestNodeSets.PADIM + ";i=1031");
		assertNotNull(controlSignal);
		UaValue.Range range = library.euRange(controlSignal.nodeId());
		assertNotNull(range);
		assertEquals(0.0, range.low());
		assertEquals(100.0, range.high());
		assertEquals("nsu=" + TestNodeSets.BASE + ";i=885", range.typeId());
		UaValue.EuInformation unit = library.engineeringUnits(controlSignal.nodeId());
		assertNotNull(unit);
		assertEquals(20529, unit.unitId());
		assertEquals("% or pct", unit.displayName());
		assertEquals("nsu=" + TestNodeSets.BASE + ";i=888", unit.typeId());
		assertTrue(controlSignal.isWritable(), "AccessLevel 3");
	}

	@Test
	void loadingMoreLeavesTheLibraryItStartedFromAsItWas() throws Exception {
		NodeSetLibrary base = NodeSetLibrary.base();
		int nodes = base.nodes().size();
		int references = base.references(StandardNodes.BASE_OBJECT_TYPE).size();
		NodeSetLibrary withDi = NodeSetLibrary.of(List.of(TestNodeSets.di()));
		assertTrue(withDi.references(StandardNodes.BASE_OBJECT_TYPE).size() > references, "DI subtypes added");
		assertEquals(nodes, base.nodes().size());
		assertEquals(references, base.references(StandardNodes.BASE_OBJECT_TYPE).size());
		assertEquals(1, base.namespaces().size());
	}
}
