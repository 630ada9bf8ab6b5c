// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.aml.CaexReader;
import org.twinworks.interop.aml.export.AmlExporter;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Connection;
import org.twinworks.model.Equipment;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.demo.SyntheticPlants;

/** The export is valid CAEX 3.0 and reads back to the same plant. */
class AmlExportTest {
	@TempDir
	Path dir;

	@Test
	void syntheticPlantIsValidCaex30() throws Exception {
		AmlFiles.validateCaex30(export(SyntheticPlants.create(3000, 3)));
	}

	@Test
	void everyTestFileRoundTripsThroughAValidExport() throws Exception {
		for (Path file : AmlFiles.amlFiles()) {
			Plant first = AmlImporter.importFile(file).plant();
			byte[] xml = export(first);
			AmlFiles.validateCaex30(xml);
			Plant second = reimport(xml);
			assertEquals(facts(first), facts(second), file.toString());
		}
	}

	@Test
	void caex30InputRoundTripsWithSignalsAndLinks() throws Exception {
		Path file = Files.writeString(dir.resolve("isa95.aml"), AmlImportTest.ISA95_30);
		Plant first = AmlImporter.importFile(file).plant();
		byte[] xml = export(first);
		AmlFiles.validateCaex30(xml);
		List<String> before = facts(first);
		assertEquals(before, facts(reimport(xml)));
		assertEquals(true, before.stream().anyMatch(f -> f.contains("FT101.PV") && f.contains("m3/h")),
				before.toString());
	}

	@Test
	void syntheticPlantKeepsHierarchyLinksAndAttributesThroughTwoRounds() throws Exception {
		Plant once = reimport(export(SyntheticPlants.create(3000, 3)));
		Plant twice = reimport(export(once));
		assertEquals(facts(once), facts(twice));
		assertEquals(SyntheticPlants.create(3000, 3).getConnections().size(), once.getConnections().size());
	}

	@Test
	void writesTheFileAtomically() throws Exception {
		Path target = dir.resolve("out.aml");
		int elements = AmlExporter.write(target, AmlImporter.importFile(AmlFiles.root().resolve("Part2.aml")).plant());
		assertEquals(CaexReader.read(target).elementCount() > elements, true);
	}

	@Test
	void demoPlantKeepsLoopsInterlocksAlarmLimitsBindingsAndTypesFieldByField() throws Exception {
		Plant demo = DemoPlant.createIn(new XMIResourceImpl());
		org.twinworks.model.EquipmentType spare = org.twinworks.model.TwinFactory.eINSTANCE.createEquipmentType();
		spare.setName("Spare strainer"); // no equipment uses it: it still belongs to the library
		spare.getPorts().add(org.twinworks.model.TwinFactory.eINSTANCE.createPort());
		spare.getPorts().get(0).setName("Inlet");
		demo.getEquipmentTypes().add(0, spare);
		byte[] xml = export(demo);
		AmlFiles.validateCaex30(xml);
		ImportDraft draft = AmlImporter.toDraft(CaexReader.read(new ByteArrayInputStream(xml), "export.aml"));
		Plant back = draft.plant();
		assertEquals(List.of(), draft.warnings(), "everything our export writes is mapped");
		List<String> expected = ControlFacts.of(demo);
		assertEquals(expected, ControlFacts.of(back));
		// what the demo has, so the comparison above cannot pass on an empty plant
		assertTrue(demo.getControlLoops().size() >= 3 && demo.getInterlocks().size() >= 2, expected.toString());
		assertTrue(expected.stream().anyMatch(f -> f.contains(" alarm HH=")), "alarm limits");
		assertTrue(expected.stream().anyMatch(f -> f.startsWith("binding ") && f.contains("deadband=Percent")));
		assertTrue(expected.stream().anyMatch(f -> f.contains("Enumeration") && f.contains("[Manual, Auto, Cascade]")));
		assertTrue(expected.stream().anyMatch(f -> f.startsWith("template of Centrifugal pump")));
		assertTrue(expected.contains("type Spare strainer kind=Other desc=null"), expected.toString());
		assertTrue(expected.stream().anyMatch(f -> f.contains("level=ControlModule")), "module levels");
		assertTrue(
				expected.stream().anyMatch(f -> f.contains("unit=C62/NTU"))
						&& expected.stream().anyMatch(f -> f.contains("unit=C62/pH")),
				"units sharing a code keep their symbols");
		assertEquals(demo.getTwin().getBindings().size(), back.getTwin().getBindings().size());

		// a second and third round write the same file (but the time stamp)
		byte[] second = export(back);
		byte[] third = export(reimport(second));
		assertEquals(withoutTimestamp(second), withoutTimestamp(third));
		assertEquals(expected, ControlFacts.of(reimport(second)));
	}

	@Test
	void idsOfElementsNotFromAutomationMlAreStableAcrossExportsAndEdits() throws Exception {
		Plant plant = SyntheticPlants.create(600, 5);
		List<String> first = ids(export(plant));
		assertEquals(first, ids(export(SyntheticPlants.create(600, 5))), "the same plant, the same IDs");
		assertEquals(first.size(), new java.util.HashSet<>(first).size(), "IDs are unique");
		org.twinworks.model.Area added = org.twinworks.model.TwinFactory.eINSTANCE.createArea();
		added.setName("Added first");
		plant.getAreas().add(0, added);
		List<String> afterEdit = ids(export(plant));
		assertTrue(afterEdit.containsAll(first), "adding an area in front changes no other ID");
		assertEquals(first.size() + 1, afterEdit.size());

		Plant demo = DemoPlant.createIn(new XMIResourceImpl());
		assertEquals(ids(export(demo)), ids(export(DemoPlant.createIn(new XMIResourceImpl()))));
	}

	private static List<String> ids(byte[] xml) {
		List<String> ids = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(" ID=\"([^\"]*)\"")
				.matcher(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private static String withoutTimestamp(byte[] xml) {
		return new String(xml, java.nio.charset.StandardCharsets.UTF_8).replaceAll("LastWritingDateTime=\"[^\"]*\"",
				"");
	}

	static byte[] export(Plant plant) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AmlExporter.write(plant, out, "export.aml");
		return out.toByteArray();
	}

	static Plant reimport(byte[] xml) throws Exception {
		ImportDraft draft = AmlImporter.toDraft(CaexReader.read(new ByteArrayInputStream(xml), "export.aml"));
		return draft.plant();
	}

	/** Hierarchy (path of names and source ids), attributes, signals and links as comparable lines. */
	static List<String> facts(Plant plant) {
		List<String> facts = new ArrayList<>();
		plant.eAllContents().forEachRemaining((EObject e) -> {
			if (e.eContainer() instanceof org.twinworks.model.EquipmentType) {
				return; // a type's templates are named by the class path, which the export's library changes
			}
			if (e instanceof Named named && !(e instanceof org.twinworks.model.EquipmentType)
					&& !(e instanceof org.twinworks.model.Endpoint)) {
				facts.add(e.eClass().getName() + " " + path(e) + " " + named.getSourceId()
						+ (e instanceof Equipment eq
								? " tag=" + eq.getTag() + " kind=" + eq.getKind() + " type="
										+ (eq.getType() == null ? null : eq.getType().getName())
								: "")
						+ (e instanceof Signal s
								? " tag=" + s.getTag() + " unit=" + (s.getUnit() == null ? null : s.getUnit().getCode())
										+ " " + s.getDataType() + " " + s.getRangeLow() + ".." + s.getRangeHigh() + " "
										+ s.getDirection()
								: "")
						+ (e instanceof Connection c
								? " " + path(c.getSource()) + "->" + path(c.getTarget()) + " " + c.getKind()
								: ""));
			}
			if (e instanceof Property p) {
				facts.add(
						"Property " + path(e.eContainer()) + " " + p.getKey() + "=" + p.getValue() + " " + p.getUnit());
			}
		});
		return facts;
	}

	private static String path(EObject e) {
		StringBuilder path = new StringBuilder();
		for (EObject at = e; at != null && !(at instanceof Plant); at = at.eContainer()) {
			path.insert(0, "/" + (at instanceof Named n ? n.getName() : at.eClass().getName()));
		}
		return path.toString();
	}
}
