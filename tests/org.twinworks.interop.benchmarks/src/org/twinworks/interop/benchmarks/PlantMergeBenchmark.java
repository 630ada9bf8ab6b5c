// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.merge.Change;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;

/**
 * Merging a NodeSet2 draft of the 100,000-element synthetic plant (its own export, read back): into an empty plant
 * (everything added) and into the plant itself (a re-import: only source identities adopted), each as the diff and
 * then its command, beside the importer's own read of the same file in the same run.
 */
class PlantMergeBenchmark {

	@TempDir
	Path dir;

	@Test
	void hundredThousandElementDraft() throws Exception {
		Path file = dir.resolve("synthetic-100k.NodeSet2.xml");
		NodeSetExporter.export(plant(), file, NodeSetExportBenchmark.OPTIONS);
		NodeSetLibrary.base();
		read(file); // warm-up

		long start = System.nanoTime();
		ImportDraft draft = read(file);
		double read = Bench.seconds(start);
		Plant empty = TwinFactory.eINSTANCE.createPlant();
		empty.setTwin(TwinFactory.eINSTANCE.createTwin());
		empty.getTwin().getEndpoints().add(TwinFactory.eINSTANCE.createEndpoint());
		inResource(empty, "empty.twin");
		start = System.nanoTime();
		ImportDiff intoEmpty = PlantMerger.diff(empty, draft, MergeOptions.defaults());
		double emptyDiff = Bench.seconds(start);
		start = System.nanoTime();
		intoEmpty.command(null).execute();
		double emptyApply = Bench.seconds(start);
		assertEquals(0, intoEmpty.count(Change.Conflict.class), intoEmpty::summary);
		int bindings = empty.getTwin().getBindings().size();
		assertTrue(bindings > 10_000, bindings + " bindings");
		String emptySummary = intoEmpty.summary() + String.format(Locale.ROOT, "; %,d bindings", bindings);
		empty = null; // let it go before the second plant is built
		intoEmpty = null;

		Plant plant = plant();
		draft = read(file);
		start = System.nanoTime();
		ImportDiff again = PlantMerger.diff(plant, draft, MergeOptions.defaults());
		double againDiff = Bench.seconds(start);
		List<Change> notAdoptions = again.changes().stream()
				.filter(c -> !(c instanceof Change.Updated u && u.feature().equals("sourceId"))).toList();
		assertEquals(List.of(), notAdoptions, "a re-import only adopts source identities");
		start = System.nanoTime();
		again.command(null).execute();
		double againApply = Bench.seconds(start);

		Bench.print("merge of the 100k-element plant's NodeSet2 draft into an empty plant: diff %.3f s, command "
				+ "%.3f s (%s)", emptyDiff, emptyApply, emptySummary);
		Bench.print("merge of the same draft into the plant itself (re-import): diff %.3f s, command %.3f s (%s)",
				againDiff, againApply, again.summary());
		Bench.print("NodeSetImporter.read of the same file: %.3f s", read);
	}

	private Plant plant() {
		return inResource(SyntheticPlants.create(100_000, 7), "synthetic.twin");
	}

	private Plant inResource(Plant plant, String name) {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve(name));
		resource.getContents().add(plant);
		return plant;
	}

	private static ImportDraft read(Path file) throws Exception {
		return NodeSetImporter.read(List.of(file), NodeSetImportOptions.DEFAULT);
	}
}
