// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;

/**
 * NodeSet2 import: the base namespace plus DI and PADIM (target ≤ 3 s), and a generated 100,000-node NodeSet (target ≤
 * 5 s and ≤ 500 MB of heap), each next to one raw StAX pass over the same bytes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeSetImportBenchmark {
	private static final int ROUNDS = 5;

	@TempDir
	static Path dir;

	@Test
	@Order(1)
	void baseDiAndPadim() throws Exception {
		Path root = Bench.nodesets();
		List<Path> files = List.of(root.resolve("PADIM/Opc.Ua.PADIM.NodeSet2.xml"),
				root.resolve("PADIM/Opc.Ua.IRDI.NodeSet2.xml"), root.resolve("DI/Opc.Ua.Di.NodeSet2.xml"));
		Path base = Bench.baseNodeSet();
		long start = System.nanoTime();
		NodeSetLibrary.base();
		double baseCold = Bench.seconds(start);
		ImportDraft draft = null;
		double best = Double.MAX_VALUE;
		double first = 0;
		for (int round = 0; round < ROUNDS; round++) {
			start = System.nanoTime();
			draft = NodeSetImporter.read(files, NodeSetImportOptions.DEFAULT);
			double seconds = Bench.seconds(start);
			first = round == 0 ? seconds : first;
			best = Math.min(best, seconds);
		}
		double raw = Double.MAX_VALUE;
		List<Path> all = List.of(base, files.get(0), files.get(1), files.get(2));
		for (int round = 0; round < ROUNDS; round++) {
			start = System.nanoTime();
			Bench.rawStax(all);
			raw = Math.min(raw, Bench.seconds(start));
		}
		Bench.print(
				"nodeset base+DI+PADIM: base read cold %.3f s, then import %.3f s first, %.3f s best of %d "
						+ "(target ≤ 3 s for all): %d types, %d units",
				baseCold, first, best, ROUNDS, draft.plant().getEquipmentTypes().size(),
				draft.plant().getEngineeringUnits().size());
		Bench.print("raw StAX pass over the same 4 files: %.3f s", raw);
	}

	@Test
	@Order(2)
	void hundredThousandNodes() throws Exception {
		Path file = dir.resolve("Generated.NodeSet2.xml");
		int nodes = GeneratedNodeSet.write(file, 100_000);
		NodeSetLibrary.base();
		double best = Double.MAX_VALUE;
		long peak = 0;
		long retained = 0;
		ImportDraft draft = null;
		for (int round = 0; round < 3; round++) {
			draft = null;
			Bench.resetPeakHeap();
			long before = Bench.usedHeapAfterGc();
			long start = System.nanoTime();
			draft = NodeSetImporter.read(List.of(file), NodeSetImportOptions.DEFAULT);
			best = Math.min(best, Bench.seconds(start));
			peak = Math.max(peak, Bench.peakHeap() - before);
			retained = Bench.usedHeapAfterGc() - before;
		}
		double raw = Double.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long start = System.nanoTime();
			Bench.rawStax(List.of(file));
			raw = Math.min(raw, Bench.seconds(start));
		}
		Bench.print(
				"nodeset %,d nodes (%.1f MB): import %.3f s best of 3 (target ≤ 5 s), heap peak ≤ %d MB above the "
						+ "start (target ≤ 500 MB), draft kept %d MB: %,d bindings",
				nodes, Files.size(file) / 1e6, best, peak >> 20, retained >> 20,
				draft.plant().getTwin().getBindings().size());
		Bench.print("raw StAX pass over the same file: %.3f s", raw);
	}

	/** A plant NodeSet: folders of pumps of one type, each with analog items carrying EURange and EngineeringUnits. */
	static final class GeneratedNodeSet {
		private GeneratedNodeSet() {
		}

		static int write(Path file, int target) throws Exception {
			int perObject = 1 + 3 * 3; // the object, 3 analog items, each with its 2 properties
			int objects = target / perObject;
			int folders = Math.max(1, objects / 1000);
			int nodes = 0;
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write(
						"""
								<?xml version="1.0" encoding="utf-8"?>
								<UANodeSet xmlns="http://opcfoundation.org/UA/2011/03/UANodeSet.xsd" xmlns:uax="http://opcfoundation.org/UA/2008/02/Types.xsd">
								<NamespaceUris><Uri>http://example.com/Generated/</Uri></NamespaceUris>
								<Models><Model ModelUri="http://example.com/Generated/" Version="1.0.0" PublicationDate="2026-01-01T00:00:00Z">
								<RequiredModel ModelUri="http://opcfoundation.org/UA/" Version="1.05.00" PublicationDate="2021-01-01T00:00:00Z"/>
								</Model></Models>
								<Aliases><Alias Alias="Organizes">i=35</Alias><Alias Alias="HasComponent">i=47</Alias>
								<Alias Alias="HasProperty">i=46</Alias><Alias Alias="HasTypeDefinition">i=40</Alias><Alias Alias="HasSubtype">i=45</Alias><Alias Alias="HasModellingRule">i=37</Alias>
								<Alias Alias="Double">i=11</Alias><Alias Alias="Range">i=884</Alias><Alias Alias="EUInformation">i=887</Alias></Aliases>
								""");
				// a pump type with three analog items as mandatory instance declarations
				int type = 1_000_000;
				nodes += 4;
				out.write("<UAObjectType NodeId=\"ns=1;i=" + type + "\" BrowseName=\"1:PumpType\"><DisplayName>PumpType"
						+ "</DisplayName><References><Reference ReferenceType=\"HasSubtype\" IsForward=\"false\">i=58"
						+ "</Reference></References></UAObjectType>\n");
				String[] items = {"Flow", "Pressure", "Speed"};
				for (int i = 0; i < items.length; i++) {
					out.write("<UAVariable NodeId=\"ns=1;i=" + (type + 1 + i) + "\" BrowseName=\"1:" + items[i]
							+ "\" ParentNodeId=\"ns=1;i=" + type + "\" DataType=\"Double\"><DisplayName>" + items[i]
							+ "</DisplayName><References><Reference ReferenceType=\"HasTypeDefinition\">i=2368</Reference>"
							+ "<Reference ReferenceType=\"HasModellingRule\">i=78</Reference>"
							+ "<Reference ReferenceType=\"HasComponent\" IsForward=\"false\">ns=1;i=" + type
							+ "</Reference></References></UAVariable>\n");
				}
				int id = 1;
				for (int f = 0; f < folders; f++) {
					int folder = id++;
					nodes++;
					out.write("<UAObject NodeId=\"ns=1;i=" + folder + "\" BrowseName=\"1:Area" + f
							+ "\"><DisplayName>Area " + f + "</DisplayName><References>"
							+ "<Reference ReferenceType=\"HasTypeDefinition\">i=61</Reference>"
							+ "<Reference ReferenceType=\"Organizes\" IsForward=\"false\">i=85</Reference></References></UAObject>\n");
					for (int o = f; o < objects; o += folders) {
						int object = id++;
						nodes++;
						out.write("<UAObject NodeId=\"ns=1;i=" + object + "\" BrowseName=\"1:P-" + o
								+ "\"><DisplayName>Pump " + o + "</DisplayName><References>"
								+ "<Reference ReferenceType=\"HasTypeDefinition\">ns=1;i=1000000</Reference>"
								+ "<Reference ReferenceType=\"Organizes\" IsForward=\"false\">ns=1;i=" + folder
								+ "</Reference></References></UAObject>\n");
						for (String item : new String[]{"Flow", "Pressure", "Speed"}) {
							int variable = id++;
							int range = id++;
							int units = id++;
							nodes += 3;
							out.write("<UAVariable NodeId=\"ns=1;i=" + variable + "\" BrowseName=\"1:" + item
									+ "\" ParentNodeId=\"ns=1;i=" + object
									+ "\" DataType=\"Double\" AccessLevel=\"1\"><DisplayName>" + item
									+ "</DisplayName><References><Reference ReferenceType=\"HasTypeDefinition\">i=2368</Reference>"
									+ "<Reference ReferenceType=\"HasComponent\" IsForward=\"false\">ns=1;i=" + object
									+ "</Reference><Reference ReferenceType=\"HasProperty\">ns=1;i=" + range
									+ "</Reference><Reference ReferenceType=\"HasProperty\">ns=1;i=" + units
									+ "</Reference></References></UAVariable>\n");
							out.write("<UAVariable NodeId=\"ns=1;i=" + range
									+ "\" BrowseName=\"EURange\" ParentNodeId=\"ns=1;i=" + variable
									+ "\" DataType=\"Range\"><DisplayName>EURange</DisplayName><References>"
									+ "<Reference ReferenceType=\"HasTypeDefinition\">i=68</Reference></References><Value>"
									+ "<uax:ExtensionObject><uax:TypeId><uax:Identifier>i=885</uax:Identifier></uax:TypeId>"
									+ "<uax:Body><uax:Range><uax:Low>0</uax:Low><uax:High>" + (100 + o % 50)
									+ "</uax:High></uax:Range></uax:Body></uax:ExtensionObject></Value></UAVariable>\n");
							out.write("<UAVariable NodeId=\"ns=1;i=" + units
									+ "\" BrowseName=\"EngineeringUnits\" ParentNodeId=\"ns=1;i=" + variable
									+ "\" DataType=\"EUInformation\"><DisplayName>EngineeringUnits</DisplayName><References>"
									+ "<Reference ReferenceType=\"HasTypeDefinition\">i=68</Reference></References><Value>"
									+ "<uax:ExtensionObject><uax:TypeId><uax:Identifier>i=888</uax:Identifier></uax:TypeId>"
									+ "<uax:Body><uax:EUInformation><uax:NamespaceUri>http://www.opcfoundation.org/UA/units/un/cefact</uax:NamespaceUri>"
									+ "<uax:UnitId>4342098</uax:UnitId><uax:DisplayName><uax:Text>bar</uax:Text></uax:DisplayName>"
									+ "</uax:EUInformation></uax:Body></uax:ExtensionObject></Value></UAVariable>\n");
						}
					}
				}
				out.write("</UANodeSet>\n");
			}
			return nodes;
		}
	}
}
