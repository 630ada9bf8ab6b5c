// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.aml.CaexReader;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.ComparisonOperator;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.ControllerType;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Interlock;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Medium;
import org.twinworks.model.Named;
import org.twinworks.model.Port;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.WorkCenterKind;
import org.w3c.dom.Document;

class AmlImportTest {

	/** A CAEX 3.0 plant with ISA-95 roles from AutomationMLExtendedRoleClassLib, a signal and a pipe. */
	static final String ISA95_30 = """
			<?xml version="1.0" encoding="utf-8"?>
			<CAEXFile xmlns="http://www.dke.de/CAEX" SchemaVersion="3.0" FileName="isa95.aml">
			  <SourceDocumentInformation OriginName="test" OriginID="t" OriginVersion="1" LastWritingDateTime="2026-01-01T00:00:00Z"/>
			  <InstanceHierarchy Name="Plant">
			    <InternalElement Name="Utilities" ID="a1">
			      <Attribute Name="Location"><Value>North</Value></Attribute>
			      <InternalElement Name="Cell1" ID="w1">
			        <InternalElement Name="Unit1" ID="u1">
			          <InternalElement Name="P101" ID="e1" RefBaseSystemUnitPath="Types/CentrifugalPump">
			            <Attribute Name="Power" Unit="kW" AttributeDataType="xs:double"><Value>7.5</Value></Attribute>
			            <ExternalInterface Name="Outlet" ID="i1" RefBaseClassPath="Ifc/MaterialFlow"/>
			            <ExternalInterface Name="Flow" ID="s1" RefBaseClassPath="AutomationMLInterfaceClassLib/AutomationMLBaseInterface/Communication/SignalInterface">
			              <Attribute Name="Tag"><Value>FT101.PV</Value></Attribute>
			              <Attribute Name="Direction"><Value>Input</Value></Attribute>
			              <Attribute Name="Value" Unit="m3/h" AttributeDataType="xs:float">
			                <Constraint Name="Range"><OrdinalScaledType><RequiredMaxValue>50</RequiredMaxValue><RequiredMinValue>0</RequiredMinValue></OrdinalScaledType></Constraint>
			              </Attribute>
			            </ExternalInterface>
			            <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/Equipment"/>
			          </InternalElement>
			          <InternalElement Name="T101" ID="e2">
			            <ExternalInterface Name="Inlet" ID="i2" RefBaseClassPath="Ifc/MaterialFlow"/>
			            <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/Tank"/>
			          </InternalElement>
			          <InternalLink Name="pipe1" RefPartnerSideA="e1:Outlet" RefPartnerSideB="e2:Inlet"/>
			          <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/Unit"/>
			        </InternalElement>
			        <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/ProcessCell"/>
			      </InternalElement>
			      <RoleRequirements RefBaseRoleClassPath="AutomationMLExtendedRoleClassLib/Area"/>
			    </InternalElement>
			  </InstanceHierarchy>
			  <InterfaceClassLib Name="Ifc"><InterfaceClass Name="MaterialFlow"/></InterfaceClassLib>
			  <SystemUnitClassLib Name="Types"><SystemUnitClass Name="CentrifugalPump"/></SystemUnitClassLib>
			</CAEXFile>
			""";

	@TempDir
	Path dir;

	@Test
	void everyTestFileImportsWithTheCountsItDeclares() throws Exception {
		List<Path> files = AmlFiles.amlFiles();
		assertEquals(4, files.size(), "the four AutomationML e.V. files");
		for (Path file : files) {
			Document dom = AmlFiles.dom(file);
			ImportDraft draft = AmlImporter.importFile(file);
			Set<String> elementIds = prefixed(AmlFiles.strings(dom, "//InstanceHierarchy//InternalElement/@ID"));
			assertEquals(AmlFiles.count(dom, "//InstanceHierarchy//InternalElement"), elementIds.size(), file + " IDs");
			assertEquals(elementIds, hierarchyIds(draft), file + ": every InternalElement is in the hierarchy");
			assertEquals(prefixed(AmlFiles.strings(dom, "//InstanceHierarchy//InternalElement/ExternalInterface/@ID")),
					interfaceIds(draft), file + ": every interface is a port or a signal");
			assertEquals(AmlFiles.count(dom, "//InstanceHierarchy//InternalLink"),
					draft.plant().getConnections().size(), file + ": links");
			assertEquals(
					AmlFiles.count(dom, "//InstanceHierarchy//InternalElement/Attribute/descendant-or-self::Attribute"
							+ "[not(Attribute) or Value or @Unit]"),
					properties(draft), file + ": attributes");
		}
	}

	@Test
	void part2MapsRolesTypesAndTheLink() throws Exception {
		ImportDraft draft = AmlImporter.importFile(AmlFiles.root().resolve("Part2.aml"));
		Area hierarchy = draft.plant().getAreas().get(0);
		assertEquals("RoleExample", hierarchy.getName(), "Cell is a WorkCell: a work centre in its hierarchy's area");
		WorkCenter cell = hierarchy.getWorkCenters().get(0);
		assertEquals("Cell", cell.getName());
		assertEquals("aml:{d6d584a2-4f97-42a8-9354-c9b3ee7d5362}", cell.getSourceId());
		Equipment resource = cell.getEquipment().get(0);
		assertEquals(List.of("RB1", "DT2", "TB3"), resource.getEquipment().stream().map(Equipment::getName).toList());
		Equipment belt = resource.getEquipment().get(2);
		assertEquals("Transportband", belt.getType().getName());
		assertEquals("aml:class:ExampleSystemUnitClassLib/Transportband", belt.getType().getSourceId());
		assertEquals(List.of("Frame.x", "Frame.y", "Frame.z", "Frame.rx", "Frame.ry", "Frame.rz"),
				resource.getEquipment().get(0).getProperties().stream().map(p -> p.getKey()).toList());
		Connection link = draft.plant().getConnections().get(0);
		assertEquals("RB1", ((Equipment) link.getSource().eContainer()).getName());
		assertEquals("DT2", ((Equipment) link.getTarget().eContainer()).getName());
		assertEquals(ConnectionKind.SIGNAL, link.getKind(), "an Order interface carries information");
	}

	@Test
	void caex30HierarchyBecomesAreasWorkCentresUnitsAndEquipment() throws Exception {
		Path file = Files.writeString(dir.resolve("isa95.aml"), ISA95_30);
		assertEquals("3.0", CaexReader.read(file).schemaVersion());
		ImportDraft draft = AmlImporter.importFile(file);
		Area area = draft.plant().getAreas().get(0);
		WorkCenter cell = area.getWorkCenters().get(0);
		assertEquals(WorkCenterKind.PROCESS_CELL, cell.getKind());
		Unit unit = cell.getUnits().get(0);
		Equipment pump = unit.getEquipment().get(0);
		assertEquals(EquipmentKind.PUMP, pump.getKind(), "from the system unit class name");
		assertEquals(EquipmentKind.TANK, unit.getEquipment().get(1).getKind(), "from the role");
		assertEquals("Power", pump.getProperties().get(0).getKey());
		assertEquals("7.5", pump.getProperties().get(0).getValue());
		assertEquals("kW", pump.getProperties().get(0).getUnit());
		Port outlet = pump.getPorts().get(0);
		assertEquals(Medium.MATERIAL, outlet.getMedium());
		Signal flow = pump.getSignals().get(0);
		assertEquals("FT101.PV", flow.getTag());
		assertEquals(SignalDataType.FLOAT, flow.getDataType());
		assertEquals("m3/h", flow.getUnit().getCode());
		assertEquals(0.0, flow.getRangeLow());
		assertEquals(50.0, flow.getRangeHigh());
		assertEquals(ConnectionKind.PIPE, draft.plant().getConnections().get(0).getKind());
		int location = ISA95_30.lines().toList()
				.indexOf(ISA95_30.lines().filter(l -> l.contains("Location")).findFirst().orElseThrow()) + 1;
		assertTrue(
				draft.warnings().stream().anyMatch(w -> w.startsWith(file + ":" + location + ": attribute Location")),
				draft.warnings().toString());
	}

	@Test
	void controlElementsReadTheirValuesAndReportWhatIsWrongWithFileAndLine() throws Exception {
		String controls = """
				    <InternalElement Name="Flow control" ID="l1">
				      <Attribute Name="Tag"><Value>FIC-101</Value></Attribute>
				      <Attribute Name="ControllerType"><Value>PI</Value></Attribute>
				      <Attribute Name="Action"><Value>Direct</Value></Attribute>
				      <Attribute Name="FinalElement"><Value>e1</Value></Attribute>
				      <ExternalInterface Name="MeasuredValue" ID="l1pv" RefBaseClassPath="TwinworksInterfaceClassLib/SignalReference"/>
				      <InternalLink Name="Signal" RefPartnerSideA="l1pv" RefPartnerSideB="s1"/>
				      <RoleRequirements RefBaseRoleClassPath="TwinworksRoleClassLib/ControlLoop"/>
				    </InternalElement>
				    <InternalElement Name="Broken loop" ID="l2">
				      <Attribute Name="ControllerType"><Value>Fuzzy</Value></Attribute>
				      <RoleRequirements RefBaseRoleClassPath="TwinworksRoleClassLib/ControlLoop"/>
				    </InternalElement>
				    <InternalElement Name="High flow" ID="x1">
				      <Attribute Name="Trips"><Value>nowhere</Value></Attribute>
				      <InternalElement Name="Condition 1" ID="x1c1">
				        <Attribute Name="Operator"><Value>GreaterThan</Value></Attribute>
				        <Attribute Name="Threshold"><Value>45.5</Value></Attribute>
				        <ExternalInterface Name="Signal" ID="x1c1s" RefBaseClassPath="TwinworksInterfaceClassLib/SignalReference"/>
				        <InternalLink Name="Signal" RefPartnerSideA="x1c1s" RefPartnerSideB="s1"/>
				      </InternalElement>
				      <RoleRequirements RefBaseRoleClassPath="TwinworksRoleClassLib/Interlock"/>
				    </InternalElement>
				  </InstanceHierarchy>
				""";
		String text = ISA95_30.replace("  </InstanceHierarchy>\n", controls);
		Path file = Files.writeString(dir.resolve("controls.aml"), text);
		ImportDraft draft = AmlImporter.importFile(file);

		assertEquals(1, draft.plant().getControlLoops().size(), "the loop with a wrong value is left out");
		ControlLoop loop = draft.plant().getControlLoops().get(0);
		assertEquals("FIC-101", loop.getTag());
		assertEquals(ControllerType.PI, loop.getControllerType());
		assertEquals(ControlAction.DIRECT, loop.getAction());
		assertEquals("FT101.PV", loop.getMeasuredValue().getTag());
		assertEquals("P101", loop.getFinalElement().getName());
		assertEquals("aml:l1", loop.getSourceId());
		Interlock interlock = draft.plant().getInterlocks().get(0);
		assertEquals(null, interlock.getTrips());
		assertEquals(ComparisonOperator.GREATER_THAN, interlock.getConditions().get(0).getOperator());
		assertEquals(45.5, interlock.getConditions().get(0).getThreshold());
		assertEquals("FT101.PV", interlock.getConditions().get(0).getSignal().getTag());

		List<String> lines = text.lines().toList();
		int fuzzy = lines.indexOf(lines.stream().filter(l -> l.contains("Fuzzy")).findFirst().orElseThrow()) + 1;
		int trips = lines.indexOf(lines.stream().filter(l -> l.contains("nowhere")).findFirst().orElseThrow()) + 1;
		assertTrue(
				draft.warnings().stream()
						.anyMatch(w -> w.startsWith(file + ":" + fuzzy + ": \"Fuzzy\" is not a valid ControllerType")),
				draft.warnings().toString());
		assertTrue(draft.warnings().stream().anyMatch(w -> w.startsWith(file + ":" + trips + ": Trips \"nowhere\"")),
				draft.warnings().toString());
	}

	private static Set<String> prefixed(Set<String> ids) {
		Set<String> result = new HashSet<>();
		ids.forEach(id -> result.add(AmlImporter.SCOPE + id));
		return result;
	}

	private static Set<String> hierarchyIds(ImportDraft draft) {
		Set<String> ids = new HashSet<>();
		draft.plant().eAllContents().forEachRemaining(e -> {
			if ((e instanceof EquipmentHolder) && !((Named) e).getSourceId().startsWith(AmlImporter.HIERARCHY_PREFIX)) {
				ids.add(((Named) e).getSourceId());
			}
		});
		return ids;
	}

	private static Set<String> interfaceIds(ImportDraft draft) {
		Set<String> ids = new HashSet<>();
		draft.plant().eAllContents().forEachRemaining(e -> {
			if ((e instanceof Port || e instanceof Signal) && !(e.eContainer() instanceof EquipmentType)) {
				ids.add(((Named) e).getSourceId()); // a type's templates are its class's interfaces, not the hierarchy's
			}
		});
		return ids;
	}

	private static int properties(ImportDraft draft) {
		int[] count = new int[1];
		draft.plant().eAllContents().forEachRemaining((EObject e) -> {
			if (e instanceof Equipment equipment) {
				count[0] += equipment.getProperties().size();
			}
		});
		return count[0];
	}
}
