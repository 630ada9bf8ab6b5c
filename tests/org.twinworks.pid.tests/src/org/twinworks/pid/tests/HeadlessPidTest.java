// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationChecks;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.ui.export.DiagramExport;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.pid.OverviewDiagram;
import org.twinworks.pid.PidSymbols;
import org.twinworks.pid.PlantDiagramDescription;

/**
 * What the `demo` and `diagram` commands do, with no workbench: the P&ID layer and the diagram's SWT rendering are
 * enough to write the demo plant with its overview and draw it to SVG, and nothing they are wired to is the workbench.
 */
class HeadlessPidTest {
	@TempDir
	Path folder;

	@Test
	void thePidBundleAndWhatItUsesNeedNoWorkbench() {
		Bundle pid = FrameworkUtil.getBundle(PlantDiagramDescription.class);
		Set<String> reached = new TreeSet<>();
		Deque<BundleWiring> pending = new ArrayDeque<>(List.of(pid.adapt(BundleWiring.class)));
		while (!pending.isEmpty()) {
			for (BundleWire wire : pending.poll().getRequiredWires(null)) {
				BundleWiring provider = wire.getProviderWiring();
				if (reached.add(provider.getBundle().getSymbolicName())) {
					pending.add(provider);
				}
			}
		}
		assertTrue(reached.contains("org.twinworks.diagram.ui") && reached.contains("org.eclipse.swt"), "" + reached);
		for (String name : reached) {
			assertTrue(
					!name.startsWith("org.eclipse.ui") && !name.startsWith("org.eclipse.e4.ui.workbench")
							&& !name.startsWith("org.twinworks.ui") && !name.equals("org.twinworks.app"),
					"org.twinworks.pid reaches " + name + ": " + reached);
		}
	}

	@Test
	void theDemoPlantAndItsOverviewAreWrittenAndDrawnWithoutAWorkbench() throws Exception {
		Path model = folder.resolve("demo.twin");
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), model);
		DemoPlant.createIn(resource);
		PlantFiles.save(resource, model);
		OverviewDiagram.write((Plant) resource.getContents().get(0), model);

		ResourceSet set = PlantFiles.newResourceSet();
		LoadedPlant plant = PlantFiles.load(set, model);
		assertEquals(List.of(), plant.problems());
		LoadedNotation notation = NotationFiles.load(set, NotationFiles.notationFileOf(model));
		ResourceResolver resolver = new ResourceResolver(plant.resource());
		List<FileProblem> problems = NotationChecks.check(notation, PlantDiagramDescription.get(), resolver);
		assertEquals(List.of(), problems, "the overview matches the model it was written with");
		Diagram overview = notation.diagrams().get(0);
		assertEquals(OverviewDiagram.NAME, overview.getName());

		var symbols = PidSymbols.library();
		Scene scene = new SceneBuilder(PlantDiagramDescription.get(), resolver, symbols).build(overview);
		Path svg = folder.resolve("overview.svg");
		DiagramExport.writeSvg(scene, new SceneRenderer(symbols), svg);
		String text = Files.readString(svg);
		assertTrue(scene.nodes().size() > 50, scene.nodes().size() + " nodes");
		assertTrue(text.contains("<svg") && text.contains("P-101"),
				"an SVG of the plant: " + text.substring(0, Math.min(400, text.length())));
		assertNull(plant.noPlantReason());
	}
}
