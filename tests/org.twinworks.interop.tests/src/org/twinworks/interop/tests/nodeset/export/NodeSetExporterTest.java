// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.nodeset.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.interop.nodeset.export.ExportOptions;
import org.twinworks.interop.nodeset.export.ExportSummary;
import org.twinworks.interop.nodeset.export.NodeSetExportException;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.interop.tests.nodeset.export.ExportedNodeSet.Node;
import org.twinworks.interop.xml.SafeXml;
import org.twinworks.model.Access;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.rules.NodeIds;
import org.xml.sax.SAXException;

class NodeSetExporterTest {
	static final ExportOptions OPTIONS = ExportOptions.of(Instant.parse("2026-12-01T00:00:00Z"));
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void demoPlantIsValidAgainstTheNodeSetSchema() throws Exception {
		validate(export(demo()));
	}

	@Test
	void syntheticPlantIsValidAgainstTheNodeSetSchema() throws Exception {
		validate(export(SyntheticPlants.create(2000, 7)));
	}

	@Test
	void theSamePlantGivesTheSameBytes() throws Exception {
		assertArrayEquals(export(demo()), export(demo()));
		Plant synthetic = SyntheticPlants.create(2000, 7);
		assertArrayEquals(export(synthetic), export(synthetic));
		assertArrayEquals(export(synthetic), export(SyntheticPlants.create(2000, 7)));
	}

	@Test
	void exportingToAFileWritesWhatTheStreamGets() throws Exception {
		Path target = dir.resolve("out/riverside.NodeSet2.xml");
		ExportSummary summary = NodeSetExporter.export(demo(), target, OPTIONS);
		assertArrayEquals(export(demo()), Files.readAllBytes(target));
		assertTrue(summary.objectTypes() == 2 && summary.objects() > 0 && summary.variables() > 0, summary::toString);
		assertEquals(List.of(), summary.warnings());
	}

	@Test
	void headerNamesThePlantsModelAndRequiresTheBuiltInBaseModel() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		assertEquals(List.of(DemoPlant.NAMESPACE_URI), set.namespaceUris);
		assertEquals(DemoPlant.NAMESPACE_URI, set.model.get("ModelUri"));
		assertEquals("1.0.0", set.model.get("Version"));
		assertEquals("2026-12-01T00:00:00Z", set.model.get("PublicationDate"));
		Map<String, String> base = builtInBaseModel();
		assertEquals("http://opcfoundation.org/UA/", set.requiredModel.get("ModelUri"));
		assertEquals(base.get("Version"), set.requiredModel.get("Version"));
		assertEquals(base.get("PublicationDate"), set.requiredModel.get("PublicationDate"));
	}

	@Test
	void everyAliasUsedIsDeclaredAndEveryDeclaredAliasIsUsed() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		Set<String> used = new HashSet<>();
		for (Node node : set.nodes) {
			node.references().forEach(r -> used.add(r.type()));
			if (node.attribute("DataType") != null) {
				used.add(node.attribute("DataType"));
			}
		}
		assertEquals(used, set.aliases.keySet());
		assertEquals("i=884", set.aliases.get("Range"));
		assertEquals("i=887", set.aliases.get("EUInformation"));
		assertEquals("i=47", set.aliases.get("HasComponent"));
	}

	@Test
	void everyBoundSignalIsTheVariableOfItsBindingsNodeId() throws Exception {
		for (Plant plant : List.of(demo(), SyntheticPlants.create(2000, 7))) {
			ExportedNodeSet set = ExportedNodeSet.read(export(plant));
			assertEquals(0, set.duplicateIds, "node ids are unique");
			assertFalse(plant.getTwin().getBindings().isEmpty());
			for (Binding binding : plant.getTwin().getBindings()) {
				NodeIds.ParsedNodeId parsed = NodeIds.parse(binding.getNodeId());
				int index = set.namespaceUris.indexOf(parsed.namespaceUri()) + 1;
				Node node = set.node("ns=" + index + ";" + parsed.identifierType() + "=" + parsed.identifier());
				assertEquals("UAVariable", node.kind());
				assertEquals(binding.getSignal().getName(), node.displayName());
			}
		}
	}

	@Test
	void analogSignalsCarryTheirRangeUnitAndAccess() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		Node level = set.node("ns=1;s=LT-101.PV");
		assertEquals(List.of("i=2368"), level.targets("HasTypeDefinition", true), "AnalogItemType");
		assertEquals("Double", level.attribute("DataType"));
		assertEquals("1", level.attribute("AccessLevel"));
		assertEquals("1", level.attribute("UserAccessLevel"));
		assertEquals("3.5", level.value().get("Double"));
		assertEquals("1:LT-101.PV", level.attribute("BrowseName"));
		assertEquals("Raw water tank level", level.displayName());
		String transmitter = "ns=1;s=Raw Water Intake/Raw Water Storage/Raw Water Tank/LT-101";
		assertEquals(List.of(transmitter), level.targets("HasComponent", false));
		assertEquals(transmitter, level.attribute("ParentNodeId"));

		Node range = set.child(level, "HasProperty", "EURange");
		assertEquals("ns=1;s=LT-101.PV/EURange", range.id(), "beside its signal's string id");
		assertEquals("Range", range.attribute("DataType"));
		assertEquals(List.of("i=68"), range.targets("HasTypeDefinition", true), "PropertyType");
		assertEquals("i=885", range.value().get("ExtensionObject/TypeId/Identifier"), "Range's Default XML");
		assertEquals("0.0", range.value().get("ExtensionObject/Body/Range/Low"));
		assertEquals("6.0", range.value().get("ExtensionObject/Body/Range/High"));

		Node units = set.child(level, "HasProperty", "EngineeringUnits");
		assertEquals("EUInformation", units.attribute("DataType"));
		assertEquals("i=888", units.value().get("ExtensionObject/TypeId/Identifier"), "EUInformation's Default XML");
		assertEquals("http://www.opcfoundation.org/UA/units/un/cefact",
				units.value().get("ExtensionObject/Body/EUInformation/NamespaceUri"));
		assertEquals("5067858", units.value().get("ExtensionObject/Body/EUInformation/UnitId"), "MTR, OPC 10000-8");
		assertEquals("m", units.value().get("ExtensionObject/Body/EUInformation/DisplayName/Text"));
		assertEquals("level", units.value().get("ExtensionObject/Body/EUInformation/Description/Text"));

		Node temperature = set.child(set.node("ns=1;s=TT-401.PV"), "HasProperty", "EngineeringUnits");
		assertEquals("4408652", temperature.value().get("ExtensionObject/Body/EUInformation/UnitId"), "CEL");

		Node demand = set.node("ns=1;s=FCV-101.OUT");
		assertEquals("3", demand.attribute("AccessLevel"), "CurrentRead | CurrentWrite");
		assertEquals("3", demand.attribute("UserAccessLevel"));
	}

	@Test
	void otherSignalsAreDataVariablesOfTheirType() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		Node running = set.node("ns=1;s=P-101.RUN");
		assertEquals(List.of("i=63"), running.targets("HasTypeDefinition", true), "BaseDataVariableType");
		assertEquals("Boolean", running.attribute("DataType"));
		assertEquals("true", running.value().get("Boolean"));
		assertTrue(running.targets("HasProperty", true).isEmpty());

		Node hours = set.node("ns=1;s=P-101.HRS");
		assertEquals(List.of("i=15318"), hours.targets("HasTypeDefinition", true), "a unit but no range");
		assertEquals(List.of("EngineeringUnits"),
				hours.targets("HasProperty", true).stream().map(id -> set.node(id).attribute("BrowseName")).toList());

		Node mode = set.node("ns=1;s=XV-201.MODE");
		assertEquals("Int32", mode.attribute("DataType"));
		assertEquals("0", mode.value().get("Int32"), "Filtering, the first state");
		Node states = set.child(mode, "HasProperty", "EnumStrings");
		assertEquals("LocalizedText", states.attribute("DataType"));
		assertEquals("1", states.attribute("ValueRank"));
		assertEquals("Filtering|Draining|Backwashing|Standby",
				states.value().get("ListOfLocalizedText/LocalizedText/Text"));
	}

	@Test
	void equipmentTypesAreObjectTypesWithMandatoryInstanceDeclarations() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		Node pumpType = set.byDisplayName("UAObjectType", "Centrifugal pump");
		assertEquals(List.of("i=58"), pumpType.targets("HasSubtype", false), "a BaseObjectType");
		Node run = set.child(pumpType, "HasComponent", "1:RUN");
		assertEquals("UAVariable", run.kind());
		assertEquals(List.of("i=78"), run.targets("HasModellingRule", true), "Mandatory");
		assertEquals(pumpType.id(), run.attribute("ParentNodeId"));
		Node manufacturer = set.child(pumpType, "HasProperty", "1:Manufacturer");
		assertEquals(List.of("i=68"), manufacturer.targets("HasTypeDefinition", true));
		assertEquals(List.of("i=78"), manufacturer.targets("HasModellingRule", true));
		assertEquals("Aquaflow", manufacturer.value().get("String"));
		Node motorType = set.byDisplayName("UAObjectType", "Induction motor with drive");
		Node current = set.child(motorType, "HasComponent", "1:CUR");
		assertEquals(List.of("i=78"), set.child(current, "HasProperty", "EURange").targets("HasModellingRule", true),
				"a declaration's properties are declarations too");

		Node pump = set.node("ns=1;s=Raw Water Intake/Intake/Intake Pumping/P-101");
		assertEquals(List.of(pumpType.id()), pump.targets("HasTypeDefinition", true));
		assertEquals("1:P-101", pump.attribute("BrowseName"));
		assertEquals("Intake pump 1 (duty)", pump.displayName());
		assertEquals("ns=1;s=P-101.RUN", set.child(pump, "HasComponent", "1:RUN").id(),
				"an instance's signal is browsed by its declaration's name, and keeps its binding's node id");
		assertEquals("Aquaflow", set.child(pump, "HasProperty", "1:Manufacturer").value().get("String"));
		Node motor = set.child(pump, "HasComponent", "1:M-101");
		assertEquals(List.of(motorType.id()), motor.targets("HasTypeDefinition", true));
		assertEquals(List.of(pump.id()), motor.targets("HasComponent", false));
		Node screen = set.node("ns=1;s=Raw Water Intake/Intake/Intake Pumping/SC-101");
		assertEquals(List.of("i=58"), screen.targets("HasTypeDefinition", true), "untyped equipment");
	}

	@Test
	void theHierarchyIsFoldersOrganizedFromTheObjectsFolder() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		Node area = set.node("ns=1;s=Raw Water Intake");
		assertEquals(List.of("i=61"), area.targets("HasTypeDefinition", true), "FolderType");
		assertEquals(List.of("i=85"), area.targets("Organizes", false));
		assertEquals("i=85", area.attribute("ParentNodeId"));
		assertEquals("River intake, intake pumps and the raw-water tank.", area.description());
		Node cell = set.child(area, "Organizes", "1:Intake");
		assertEquals(List.of("i=61"), cell.targets("HasTypeDefinition", true));
		Node unit = set.child(cell, "Organizes", "1:Intake Pumping");
		assertEquals(List.of(cell.id()), unit.targets("Organizes", false));
		set.child(unit, "Organizes", "1:P-101");
		set.child(area, "Organizes", "1:MCC-01");
		long roots = set.nodes.stream().filter(n -> n.targets("Organizes", false).contains("i=85")).count();
		assertEquals(demo().getAreas().size(), roots);
	}

	@Test
	void everyReferenceIsWrittenBothWays() throws Exception {
		ExportedNodeSet set = ExportedNodeSet.read(export(demo()));
		for (Node node : set.nodes) {
			for (ExportedNodeSet.Reference reference : node.references()) {
				Node other = set.byId.get(reference.target());
				if (other != null && !reference.type().equals("HasTypeDefinition")) {
					assertTrue(other.targets(reference.type(), !reference.forward()).contains(node.id()),
							node.id() + " " + reference + " has no inverse");
				}
			}
		}
	}

	@Test
	void aBindingInAnotherNamespaceAddsThatNamespace() throws Exception {
		Plant plant = smallPlant();
		Signal signal = signal(plant, "TT-1.PV", SignalDataType.DOUBLE);
		bind(plant, signal, "nsu=urn:other:server;i=42");
		ExportedNodeSet set = ExportedNodeSet.read(export(plant));
		assertEquals(List.of("urn:test:small", "urn:other:server"), set.namespaceUris);
		assertEquals("1:TT-1.PV", set.node("ns=2;i=42").attribute("BrowseName"));
		validate(export(plant));
	}

	@Test
	void twoSignalsBoundToOneNodeGetOneNodeAndAWarning() throws Exception {
		Plant plant = smallPlant();
		bind(plant, signal(plant, "A.PV", SignalDataType.DOUBLE), "nsu=urn:test:small;s=Shared");
		bind(plant, signal(plant, "B.PV", SignalDataType.DOUBLE), "nsu=urn:test:small;s=Shared");
		ExportSummary summary = NodeSetExporter.write(plant, new ByteArrayOutputStream(), OPTIONS);
		ExportedNodeSet set = ExportedNodeSet.read(export(plant));
		assertEquals(0, set.duplicateIds);
		assertEquals("1:A.PV", set.node("ns=1;s=Shared").attribute("BrowseName"));
		assertEquals(1, summary.warnings().size(), summary.warnings()::toString);
		assertTrue(summary.warnings().get(0).contains("B.PV"), summary.warnings().get(0));
	}

	@Test
	void unboundElementsGetUniquePathIdsOrTheirOwnSourceId() throws Exception {
		Plant plant = smallPlant();
		Equipment namesake = F.createEquipment();
		namesake.setTag("E-1");
		plant.getAreas().get(0).getEquipment().add(namesake);
		Signal imported = signal(plant, "IMP", SignalDataType.DOUBLE);
		imported.setSourceId("opcua:nsu=urn:test:small;i=7001");
		Signal foreign = signal(plant, "FOR", SignalDataType.DOUBLE);
		foreign.setSourceId("opcua:nsu=urn:somebody:else;i=7002");
		ExportedNodeSet set = ExportedNodeSet.read(export(plant));
		assertEquals(0, set.duplicateIds);
		assertEquals("1:E-1", set.node("ns=1;s=Area/E-1").attribute("BrowseName"));
		assertEquals("1:E-1", set.node("ns=1;s=Area/E-1~2").attribute("BrowseName"));
		assertEquals("1:IMP", set.node("ns=1;i=7001").attribute("BrowseName"), "an earlier import's id is kept");
		assertEquals("1:FOR", set.node("ns=1;s=Area/E-1/FOR").attribute("BrowseName"),
				"another model's node is not redefined here");
	}

	@Test
	void aNominalValueThatDoesNotFitIsLeftOutWithAWarning() throws Exception {
		Plant plant = smallPlant();
		Signal signal = signal(plant, "BAD", SignalDataType.INT16);
		signal.setNominalValue("70000");
		signal.setAccess(Access.READ_WRITE);
		ExportSummary summary = NodeSetExporter.write(plant, new ByteArrayOutputStream(), OPTIONS);
		assertEquals(1, summary.warnings().size());
		assertTrue(summary.warnings().get(0).contains("BAD") && summary.warnings().get(0).contains("70000"),
				summary.warnings().get(0));
		assertTrue(ExportedNodeSet.read(export(plant)).node("ns=1;s=Area/E-1/BAD").value().isEmpty());
	}

	@Test
	void controlCharactersInNamesDoNotBreakTheXml() throws Exception {
		Plant plant = smallPlant();
		Signal signal = signal(plant, "CTL", SignalDataType.STRING);
		signal.setName("bell\u0007 and <tag> & \"quotes\"");
		signal.setNominalValue("a\u0000b");
		byte[] xml = export(plant);
		validate(xml);
		Node node = ExportedNodeSet.read(xml).node("ns=1;s=Area/E-1/CTL");
		assertEquals("bell\uFFFD and <tag> & \"quotes\"", node.displayName());
		assertEquals("a\uFFFDb", node.value().get("String"));
	}

	@Test
	void aPlantWithoutANamespaceUriIsRefusedByName() {
		Plant plant = smallPlant();
		plant.setNamespaceUri(null);
		NodeSetExportException refused = assertThrows(NodeSetExportException.class,
				() -> NodeSetExporter.export(plant, dir.resolve("x.xml"), OPTIONS));
		assertTrue(refused.getMessage().contains("Small plant") && refused.getMessage().contains("namespace URI"),
				refused.getMessage());
		assertFalse(Files.exists(dir.resolve("x.xml")), "nothing written");
	}

	@Test
	void theBaseNamespaceIsNotAPlantsNamespace() {
		Plant plant = smallPlant();
		plant.setNamespaceUri("http://opcfoundation.org/UA/");
		assertThrows(NodeSetExportException.class,
				() -> NodeSetExporter.write(plant, new ByteArrayOutputStream(), OPTIONS));
	}

	/** The 100,000-element plant exports completely (its speed is NodeSetExportBenchmark's). */
	@Test
	void exportsTheHundredThousandElementPlantCompletely() throws Exception {
		Plant plant = SyntheticPlants.create(100_000, 7);
		Path target = dir.resolve("synthetic-100k.NodeSet2.xml");
		ExportSummary summary = NodeSetExporter.export(plant, target, OPTIONS);
		ExportedNodeSet set = ExportedNodeSet.read(Files.readAllBytes(target));
		assertEquals(0, set.duplicateIds);
		assertEquals(summary.nodes(), set.nodes.size());
		assertEquals(plant.getTwin().getBindings().size(), set.nodes.stream()
				.filter(n -> n.id().startsWith("ns=1;s=") && n.id().matches("ns=1;s=[A-Z]-\\d+\\.S\\d")).count());
	}

	// ------------------------------------------------------------------------------------------ helpers

	static Plant demo() {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("demo.twin"));
		return DemoPlant.createIn(resource);
	}

	static byte[] export(Plant plant) throws IOException, NodeSetExportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NodeSetExporter.write(plant, out, OPTIONS);
		return out.toByteArray();
	}

	private static Plant smallPlant() {
		Plant plant = F.createPlant();
		plant.setName("Small plant");
		plant.setNamespaceUri("urn:test:small");
		Area area = F.createArea();
		area.setName("Area");
		plant.getAreas().add(area);
		Equipment equipment = F.createEquipment();
		equipment.setTag("E-1");
		area.getEquipment().add(equipment);
		Twin twin = F.createTwin();
		Endpoint endpoint = F.createEndpoint();
		endpoint.setUrl("opc.tcp://127.0.0.1:4840/small");
		twin.getEndpoints().add(endpoint);
		plant.setTwin(twin);
		return plant;
	}

	private static Signal signal(Plant plant, String tag, SignalDataType type) {
		Signal signal = F.createSignal();
		signal.setTag(tag);
		signal.setName(tag);
		signal.setDataType(type);
		plant.getAreas().get(0).getEquipment().get(0).getSignals().add(signal);
		return signal;
	}

	private static void bind(Plant plant, Signal signal, String nodeId) {
		Binding binding = F.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(plant.getTwin().getEndpoints().get(0));
		binding.setNodeId(nodeId);
		plant.getTwin().getBindings().add(binding);
	}

	private static URL interopEntry(String path) {
		URL url = FrameworkUtil.getBundle(NodeSetExporter.class).getEntry(path);
		if (url == null) {
			throw new AssertionError("the interop bundle has no " + path);
		}
		return url;
	}

	static void validate(byte[] xml) throws IOException, SAXException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		URL xsd = interopEntry("nodesets/UANodeSet.xsd");
		Schema schema;
		try (InputStream in = xsd.openStream()) {
			schema = factory.newSchema(new StreamSource(in, xsd.toString()));
		}
		Validator validator = schema.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		validator.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
	}

	/** The Model element of the built-in base NodeSet: the first Model, so reading stops early. */
	private static Map<String, String> builtInBaseModel() throws IOException, XMLStreamException {
		try (InputStream in = interopEntry("nodesets/Opc.Ua.NodeSet2.xml").openStream()) {
			XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(in);
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Model")) {
					Map<String, String> model = new HashMap<>();
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						model.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
					}
					return model;
				}
			}
		}
		throw new AssertionError("the base NodeSet has no Model");
	}
}
