// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.merge.Change;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.interop.nodeset.export.ExportOptions;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;
import org.twinworks.model.Binding;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

/** import(export(plant)) gives the plant back: into the plant itself nothing changes, into an empty one the same. */
class NodeSetRoundTripTest {

	@TempDir
	Path dir;

	@Test
	void importingTheExportIntoThePlantChangesNothingButTheSourceIdentities() throws Exception {
		Plant demo = demo();
		ImportDraft draft = roundTrip(demo);

		ImportDiff diff = PlantMerger.diff(demo, draft, MergeOptions.defaults());

		List<String> other = diff.changes().stream()
				.filter(c -> !(c instanceof Change.Updated u && u.feature().equals("sourceId"))).map(Change::line)
				.toList();
		assertEquals(List.of(), other, "the plant came back as it was");
		assertTrue(diff.count(Change.Updated.class) > 150, "its elements adopt their node ids as source identities");
	}

	@Test
	void importingTheExportIntoAnEmptyPlantGivesTheSameSignalsTypesAndBindings() throws Exception {
		Plant demo = demo();
		ImportDraft draft = roundTrip(demo);
		Plant empty = TwinFactory.eINSTANCE.createPlant();
		empty.setTwin(TwinFactory.eINSTANCE.createTwin());
		empty.getTwin().getEndpoints().add(TwinFactory.eINSTANCE.createEndpoint());
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve("copy.twin"));
		resource.getContents().add(empty);

		PlantMerger.diff(empty, draft, MergeOptions.defaults()).command(null).execute();

		assertEquals(signals(demo), signals(empty));
		assertEquals(types(demo), types(empty));
		assertEquals(DemoPlant.NAMESPACE_URI, empty.getNamespaceUri());
	}

	private ImportDraft roundTrip(Plant plant) throws Exception {
		Path file = dir.resolve("plant.xml");
		NodeSetExporter.export(plant, file, ExportOptions.of(Instant.parse("2026-12-07T00:00:00Z")));
		return NodeSetImporter.read(List.of(file), NodeSetImportOptions.DEFAULT);
	}

	private Plant demo() {
		return DemoPlant.createIn(PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve("demo.twin")));
	}

	/** Path → what a NodeSet carries of each bound signal. */
	private static Map<String, String> signals(Plant plant) {
		Map<String, String> all = new TreeMap<>();
		for (Binding binding : plant.getTwin().getBindings()) {
			Signal s = binding.getSignal();
			all.put(s.path(), String.join(" | ", s.getTag(), s.getName(), String.valueOf(s.getDataType()),
					s.getUnit() == null ? "-" : s.getUnit().getCode() + " " + s.getUnit().getSymbol(),
					s.getRangeLow() + ".." + s.getRangeHigh(), String.valueOf(s.getAccess()),
					String.valueOf(s.getEnumLiterals()), binding.getNodeId(),
					s.getEquipment() == null
							? "-"
							: s.getEquipment().getType() == null ? "untyped" : s.getEquipment().getType().getName()));
		}
		return all;
	}

	private static Map<String, String> types(Plant plant) {
		Map<String, String> all = new TreeMap<>();
		for (EquipmentType type : plant.getEquipmentTypes()) {
			all.put(type.getName(), type.getSignals().stream().map(Signal::getTag).sorted().toList().toString());
		}
		return all;
	}
}
