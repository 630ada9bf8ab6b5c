// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.digitaltwin.aas4j.v3.dataformat.aasx.AASXDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.model.AssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.eclipse.digitaltwin.aas4j.v3.model.MultiLanguageProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.Property;
import org.eclipse.digitaltwin.aas4j.v3.model.Range;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElementCollection;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aas.AasExporter;
import org.twinworks.interop.aas.AasScopeException;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;

class AasExportTest {
	private static final String NAMEPLATE = "https://admin-shell.io/idta/nameplate/3/0/Nameplate";
	private static final String TECHNICAL_DATA = "https://admin-shell.io/idta/SubmodelTemplate/TechnicalData/2/0";
	private static final String OPERATIONAL = "urn:twinworks:submodel:operational-data:1";

	@TempDir
	Path dir;

	private Plant demo() {
		return DemoPlant.createIn(PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve("demo.twin")));
	}

	private static List<Equipment> equipmentOf(EObject root) {
		List<Equipment> all = new java.util.ArrayList<>();
		root.eAllContents().forEachRemaining(e -> {
			if (e instanceof Equipment equipment) {
				all.add(equipment);
			}
		});
		return all;
	}

	@Test
	void demoPlantAsJsonReadsBackEqualWithAShellPerEquipmentAndThreeSubmodelsEach() throws Exception {
		Plant plant = demo();
		Path json = dir.resolve("demo.json");
		int shells = AasExporter.write(json, plant, List.of());

		Environment read;
		try (InputStream in = Files.newInputStream(json)) {
			read = new JsonDeserializer().read(in, Environment.class);
		}
		assertEquals(AasExporter.environment(plant, List.of()), read);
		assertEquals(equipmentOf(plant).size(), shells);
		assertEquals(shells, read.getAssetAdministrationShells().size());
		assertEquals(3 * shells, read.getSubmodels().size());
		Map<String, Long> bySemanticId = read.getSubmodels().stream().collect(
				Collectors.groupingBy(s -> s.getSemanticId().getKeys().get(0).getValue(), Collectors.counting()));
		assertEquals(Map.of(NAMEPLATE, (long) shells, TECHNICAL_DATA, (long) shells, OPERATIONAL, (long) shells),
				bySemanticId);
	}

	@Test
	void demoPlantAsAasxReadsBackEqual() throws Exception {
		Plant plant = demo();
		Path aasx = dir.resolve("demo.aasx");
		AasExporter.write(aasx, plant, List.of());
		Environment read;
		try (InputStream in = Files.newInputStream(aasx)) {
			read = new AASXDeserializer(in).read();
		}
		assertEquals(AasExporter.environment(plant, List.of()), read);
		assertEquals(equipmentOf(plant).size(), read.getAssetAdministrationShells().size());
	}

	@Test
	void aSignalCarriesItsUnitRangeAlarmLimitsAndTheOpcUaNodeToReadItLive() {
		Plant plant = demo();
		Binding binding = plant
				.getTwin().getBindings().stream().filter(b -> b.getSignal().getUnit() != null
						&& b.getSignal().getRangeHigh() != null && !b.getSignal().getAlarmLimits().isEmpty())
				.findFirst().orElseThrow();
		Signal signal = binding.getSignal();
		Equipment equipment = signal.getEquipment();
		Environment environment = AasExporter.environment(plant, List.of(equipment.getTag()));

		assertEquals(1, environment.getAssetAdministrationShells().size());
		Submodel operational = submodel(environment, OPERATIONAL);
		SubmodelElementCollection collection = (SubmodelElementCollection) operational.getSubmodelElements().stream()
				.filter(e -> element(e, "Tag") instanceof Property p && signal.getTag().equals(p.getValue()))
				.findFirst().orElseThrow();
		assertEquals(signal.getUnit().getSymbol(), value(collection, "Unit"));
		assertEquals(signal.getUnit().getCode(), value(collection, "UnitCode"));
		Range range = (Range) element(collection, "Range");
		assertEquals(signal.getRangeLow(), Double.valueOf(range.getMin()));
		assertEquals(signal.getRangeHigh(), Double.valueOf(range.getMax()));
		SubmodelElementCollection limits = (SubmodelElementCollection) element(collection, "AlarmLimits");
		assertEquals(signal.getAlarmLimits().size(), limits.getValue().size());
		assertEquals(binding.getNodeId(), value(collection, "OpcUaNodeId"));
		assertEquals(DemoPlant.ENDPOINT_URL, value(collection, "OpcUaEndpoint"));
		assertEquals(signal.getDataType().getLiteral(), value(collection, "DataType"));
	}

	@Test
	void nameplateTakesManufacturerSerialNumberAndYearFromPropertiesAndKeepsMandatoryElementsWhenUnknown() {
		Plant plant = demo();
		Equipment pump = equipmentOf(plant).stream()
				.filter(e -> e.getType() != null
						&& e.getType().getProperties().stream().anyMatch(p -> "Manufacturer".equals(p.getKey())))
				.findFirst().orElseThrow();
		org.twinworks.model.Property serial = org.twinworks.model.TwinFactory.eINSTANCE.createProperty();
		serial.setKey("serial_number");
		serial.setValue("SN-4711");
		pump.getProperties().add(serial);
		org.twinworks.model.Property year = org.twinworks.model.TwinFactory.eINSTANCE.createProperty();
		year.setKey("Year of construction");
		year.setValue("2019");
		pump.getProperties().add(year);

		Submodel nameplate = submodel(AasExporter.environment(plant, List.of(pump.getTag())), NAMEPLATE);
		String manufacturer = pump.getType().getProperties().stream().filter(p -> "Manufacturer".equals(p.getKey()))
				.findFirst().orElseThrow().getValue();
		assertEquals(manufacturer,
				((MultiLanguageProperty) element(nameplate, "ManufacturerName")).getValue().get(0).getText());
		assertEquals("SN-4711", value(nameplate, "SerialNumber"));
		assertEquals("2019", value(nameplate, "YearOfConstruction"));

		Equipment bare = equipmentOf(plant).stream().filter(
				e -> e.getProperties().isEmpty() && (e.getType() == null || e.getType().getProperties().isEmpty()))
				.findFirst().orElseThrow();
		Submodel empty = submodel(AasExporter.environment(plant, List.of(bare.getTag())), NAMEPLATE);
		for (String mandatory : List.of("URIOfTheProduct", "ManufacturerName", "ManufacturerProductDesignation",
				"ContactInformation", "YearOfConstruction")) {
			assertNotNull(element(empty, mandatory), mandatory);
		}
		assertTrue(empty.getSubmodelElements().stream().noneMatch(e -> "SerialNumber".equals(e.getIdShort())));
	}

	@Test
	void technicalDataListsPropertiesWithTheirUnits() {
		Plant plant = demo();
		Equipment tank = equipmentOf(plant).stream()
				.filter(e -> e.getProperties().stream().anyMatch(p -> "Volume".equals(p.getKey()))).findFirst()
				.orElseThrow();
		Submodel technical = submodel(AasExporter.environment(plant, List.of(tank.getTag())), TECHNICAL_DATA);
		SubmodelElementCollection properties = (SubmodelElementCollection) element(technical, "TechnicalProperties");
		Property volume = (Property) element(properties, "Volume");
		assertEquals(tank.getProperties().stream().filter(p -> "Volume".equals(p.getKey())).findFirst().orElseThrow()
				.getValue(), volume.getValue());
		assertEquals("m³", ((org.eclipse.digitaltwin.aas4j.v3.model.DataSpecificationIec61360) volume
				.getEmbeddedDataSpecifications().get(0).getDataSpecificationContent()).getUnit());
		assertEquals("https://admin-shell.io/DataSpecificationTemplates/DataSpecificationIec61360/3",
				volume.getEmbeddedDataSpecifications().get(0).getDataSpecification().getKeys().get(0).getValue());
	}

	@Test
	void idsAreStableAcrossExportsOfTheSamePlantAndUniqueWithinOne() {
		List<String> first = shellIds(AasExporter.environment(demo(), List.of()));
		List<String> second = shellIds(AasExporter.environment(demo(), List.of()));
		assertEquals(first, second);
		assertEquals(first.size(), Set.copyOf(first).size());
		assertTrue(first.stream().allMatch(id -> id.startsWith("urn:uuid:")));
		Environment environment = AasExporter.environment(demo(), List.of());
		Set<String> submodelIds = environment.getSubmodels().stream().map(Submodel::getId).collect(Collectors.toSet());
		assertEquals(environment.getSubmodels().size(), submodelIds.size());
	}

	@Test
	void scopeSelectsTheEquipmentOfAnAreaAndRejectsAnEntryThatMatchesNothing() throws Exception {
		Plant plant = demo();
		Area area = plant.getAreas().get(0);
		Environment scoped = AasExporter.environment(plant, List.of(area.getName()));
		assertEquals(equipmentOf(area).size(), scoped.getAssetAdministrationShells().size());
		assertTrue(scoped.getAssetAdministrationShells().size() < equipmentOf(plant).size());

		Path target = dir.resolve("none.json");
		AasScopeException error = assertThrows(AasScopeException.class,
				() -> AasExporter.write(target, plant, List.of(area.getName(), "No such area")));
		assertEquals(List.of("No such area"), error.unmatched());
		assertTrue(error.getMessage().contains("No such area"), error.getMessage());
		assertFalse(Files.exists(target));
	}

	@Test
	void anUnknownExtensionIsRejectedAndNothingWritten() {
		Path target = dir.resolve("plant.xml");
		assertThrows(IllegalArgumentException.class, () -> AasExporter.write(target, demo(), List.of()));
		assertFalse(Files.exists(target));
	}

	@Test
	void aSyntheticPlantRoundTripsThroughJsonAndAasx() throws Exception {
		Plant plant = SyntheticPlants.create(3000, 7);
		Environment written = AasExporter.environment(plant, List.of());
		Path json = dir.resolve("synthetic.json");
		Path aasx = dir.resolve("synthetic.aasx");
		AasExporter.write(json, plant, List.of());
		AasExporter.write(aasx, plant, List.of());
		try (InputStream in = Files.newInputStream(json)) {
			assertEquals(written, new JsonDeserializer().read(in, Environment.class));
		}
		try (InputStream in = Files.newInputStream(aasx)) {
			assertEquals(written, new AASXDeserializer(in).read());
		}
		assertEquals(equipmentOf(plant).size(), written.getAssetAdministrationShells().size());
	}

	private static List<String> shellIds(Environment environment) {
		return environment.getAssetAdministrationShells().stream().map(AssetAdministrationShell::getId).toList();
	}

	private static Submodel submodel(Environment environment, String semanticId) {
		return environment.getSubmodels().stream()
				.filter(s -> semanticId.equals(s.getSemanticId().getKeys().get(0).getValue())).findFirst()
				.orElseThrow();
	}

	private static SubmodelElement element(Submodel submodel, String idShort) {
		return find(submodel.getSubmodelElements(), idShort);
	}

	private static SubmodelElement element(SubmodelElement collection, String idShort) {
		return collection instanceof SubmodelElementCollection c ? find(c.getValue(), idShort) : null;
	}

	private static SubmodelElement find(List<SubmodelElement> elements, String idShort) {
		return elements.stream().filter(e -> idShort.equals(e.getIdShort())).findFirst().orElse(null);
	}

	private static String value(SubmodelElement parent, String idShort) {
		SubmodelElement element = parent instanceof Submodel ? null : element(parent, idShort);
		return element instanceof Property property ? property.getValue() : null;
	}

	private static String value(Submodel parent, String idShort) {
		return element(parent, idShort) instanceof Property property ? property.getValue() : null;
	}
}
