// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvTagListImporter;
import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;

/** Export then import gives the same signals, attribute by attribute, and the draft follows the import contract. */
class CsvRoundTripTest {
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void theDemoPlantRoundTrips() throws Exception {
		Plant demo = demo();
		Path file = dir.resolve("riverside.csv");
		CsvTagListWriter.write(file, demo);
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
		Map<String, Map<String, Object>> expected = SignalFacts.of(demo);
		assertTrue(expected.size() > 50, "the demo has its signals: " + expected.size());
		assertEquals(expected, SignalFacts.of(draft.plant()));
	}

	@Test
	void aSyntheticPlantRoundTrips() throws Exception {
		Plant plant = SyntheticPlants.create(5_000, 7);
		Path file = dir.resolve("synthetic.csv");
		CsvTagListWriter.write(file, plant);
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
		Map<String, Map<String, Object>> expected = SignalFacts.of(plant);
		assertTrue(expected.size() > 800, "signals: " + expected.size());
		assertEquals(expected, SignalFacts.of(draft.plant()));
	}

	@Test
	void textThatLooksLikeFormulasOrNeedsQuotingRoundTripsExactly() throws Exception {
		Plant plant = plantWithOneEquipment();
		Equipment pump = plant.getAreas().get(0).getEquipment().get(0);
		List<String> texts = List.of("=SUM(A1:A9)", "+49 30 1234", "-not a number", "@home", "'quoted", "'=both", "''",
				"a, b; c\td", "say \"hi\"", "two\nlines", "-12.5", "x|y");
		for (int i = 0; i < texts.size(); i++) {
			Signal signal = F.createSignal();
			signal.setTag("S-" + i);
			signal.setName(texts.get(i));
			signal.setDescription(texts.get(texts.size() - 1 - i));
			signal.setNominalValue(texts.get(i));
			signal.setDataType(SignalDataType.ENUMERATION);
			signal.getEnumLiterals().addAll(List.of(texts.get(i), "a|b", "back\\slash"));
			pump.getSignals().add(signal);
		}
		Path file = dir.resolve("tricky.csv");
		CsvTagListWriter.write(file, plant);
		String written = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(written.contains("'=SUM(A1:A9)"), "formulas are guarded: " + written);
		assertFalse(written.contains(",=SUM"), written);
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
		assertEquals(SignalFacts.of(plant), SignalFacts.of(draft.plant()));
	}

	@Test
	void writesUtf8WithoutBomCommaPointAndCrlf() throws Exception {
		Path file = dir.resolve("demo.csv");
		CsvTagListWriter.write(file, demo());
		byte[] bytes = Files.readAllBytes(file);
		assertNotEquals((byte) 0xEF, bytes[0], "no byte order mark");
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(
				text.startsWith("Equipment,Tag,Description,Direction,Type,Unit,Range low,Range high,LL,L,H,HH,"
						+ "Endpoint,Node,Unit code,Access,Area,Notes,Nominal value,States\r\n"),
				text.substring(0, 200));
		assertTrue(text.contains("\r\nMCC-01,MCC-01.V,Busbar voltage,Input,Double,V,0.0,500.0,360.0,380.0,420.0,"
				+ "440.0,Virtual plant,nsu=urn:twinworks:demo:riverside;s=MCC-01.V,VLT,Read,"), text);
	}

	@Test
	void theDraftFollowsTheImportContract() throws Exception {
		Path file = dir.resolve("intake list.csv");
		Files.writeString(file, """
				Tag,Description,Equipment,Unit,Unit code,Node,Endpoint,Min,Max
				FT-101.PV,Flow,FT-101,NTU,C62,nsu=urn:plant;s=FT-101,PLC 1,0,5
				FT-101.Q,Flow quality,FT-101,,,,,,
				LOOSE,A signal without equipment,,,,,,,
				""");
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
		assertEquals("csv:", draft.scope());
		Plant plant = draft.plant();
		Area area = plant.getAreas().get(0);
		assertEquals("intake list", area.getName(), "the default area is named after the file");
		assertEquals("csv:area:intake list", area.getSourceId());
		assertEquals(List.of("FT-101", "intake list"), area.getEquipment().stream().map(Equipment::getTag).toList(),
				"signals without equipment go under one equipment named after the file");
		Equipment flow = area.getEquipment().get(0);
		assertEquals("csv:FT-101", flow.getSourceId());
		Signal pv = flow.getSignals().get(0);
		assertEquals("csv:FT-101.PV", pv.getSourceId());
		EngineeringUnit ntu = pv.getUnit();
		assertEquals("C62 NTU", ntu.getCode() + " " + ntu.getSymbol());
		assertEquals(List.of(ntu), plant.getEngineeringUnits());
		Binding binding = plant.getTwin().getBindings().get(0);
		assertEquals(1, plant.getTwin().getBindings().size(), "only rows with a node id are bound");
		assertEquals(pv, binding.getSignal());
		assertEquals("nsu=urn:plant;s=FT-101", binding.getNodeId());
		assertEquals("PLC 1", binding.getEndpoint().getName());
		assertFalse(binding.getEndpoint().eIsSet(TwinPackage.Literals.ENDPOINT__URL), "a tag list knows no URL");

		Signal quality = flow.getSignals().get(1);
		Set<String> set = quality.eClass().getEAllStructuralFeatures().stream().filter(f -> !f.isDerived())
				.filter(quality::eIsSet).map(f -> f.getName()).collect(Collectors.toSet());
		assertEquals(Set.of("name", "tag", "sourceId"), set, "empty cells leave attributes unset");
		assertTrue(draft.plant().eResource() == null, "the draft is detached");
		for (EObject element : (Iterable<EObject>) draft.plant()::eAllContents) {
			if (element instanceof Named named && !(element instanceof org.twinworks.model.Endpoint)) {
				assertTrue(named.getSourceId().startsWith("csv:"), "source id of " + named);
			}
		}
	}

	@Test
	void anAreaOptionNamesTheArea() throws Exception {
		Path file = dir.resolve("tags.csv");
		Files.writeString(file, "Tag\nA\n");
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults().withAreaName("Intake"));
		assertEquals("Intake", draft.plant().getAreas().get(0).getName());
	}

	private static Plant demo() {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("demo.twin"));
		return DemoPlant.createIn(resource);
	}

	private static Plant plantWithOneEquipment() {
		Plant plant = F.createPlant();
		Area area = F.createArea();
		area.setName("Area");
		Equipment pump = F.createEquipment();
		pump.setTag("P-1");
		area.getEquipment().add(pump);
		plant.getAreas().add(area);
		Signal signal = F.createSignal();
		signal.setTag("P-1.LIMITS");
		signal.setDirection(SignalDirection.OUTPUT);
		signal.setAccess(Access.READ_WRITE);
		signal.setRangeLow(-1e-7);
		signal.setRangeHigh(1.7976931348623157E308);
		AlarmLimit limit = F.createAlarmLimit();
		limit.setKind(AlarmKind.HIGH_HIGH);
		limit.setValue(0.1 + 0.2);
		signal.getAlarmLimits().add(limit);
		pump.getSignals().add(signal);
		return plant;
	}
}
