// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.iolist.IoListTable;

/**
 * Prints the editor's figures in the running workbench (issue 4 targets: open a 100k-element model in
 * <= 3 s beyond load, expand a 5,000-child node in <= 200 ms, sort a 20,000-row I/O list in <= 300 ms).
 * Asserts only that the work was really done; the times are for people to read.
 */
class EditorBenchmark {
	private static final Duration WAIT = Duration.ofSeconds(60);

	@Test
	void editorFigures() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmarks");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);

		IFile big = write(project, "synthetic-100k.twin", SyntheticPlants.create(100_000, 42));
		long loadMs = time(() -> PlantFiles.load(big.getLocation().toPath()));
		long openStart = System.nanoTime();
		PlantEditor editor = (PlantEditor) IDE.openEditor(page, big, PlantEditor.ID);
		UiWait.until(() -> editor.getTreeViewer().getTree().getItemCount() == 1, WAIT, "the tree");
		UiWait.flush();
		long openMs = ms(openStart);
		print("open the editor on 100k elements", openMs,
				"of which loading the file (raw load alone: " + loadMs + " ms)", 3000 + loadMs);

		long ioStart = System.nanoTime();
		IoListTable ioList = editor.showIoList();
		UiWait.flush();
		long ioOpenMs = ms(ioStart);
		int rows = ioList.totalSignals();
		assertTrue(rows >= 20_000, "rows: " + rows);
		print("build the I/O list (" + rows + " rows)", ioOpenMs, null, -1);
		long sortMs = time(() -> {
			ioList.sortBy(1, true);
			UiWait.flush();
			return null;
		});
		print("sort " + rows + " rows by tag", sortMs, null, 300);
		long filterMs = time(() -> {
			ioList.filter(1, "S2");
			UiWait.flush();
			return null;
		});
		print("filter " + rows + " rows by tag", filterMs, null, -1);
		page.closeEditor(editor, false);

		Plant wide = TwinFactory.eINSTANCE.createPlant();
		wide.setName("Wide plant");
		var area = TwinFactory.eINSTANCE.createArea();
		area.setName("Area");
		WorkCenter cell = TwinFactory.eINSTANCE.createWorkCenter();
		cell.setName("Cell");
		Unit unit = TwinFactory.eINSTANCE.createUnit();
		unit.setName("Unit with 5,000 equipment");
		for (int i = 0; i < 5000; i++) {
			Equipment e = TwinFactory.eINSTANCE.createEquipment();
			e.setTag("E-" + (10000 + i));
			e.setName("Equipment " + i);
			unit.getEquipment().add(e);
		}
		cell.getUnits().add(unit);
		area.getWorkCenters().add(cell);
		wide.getAreas().add(area);
		IFile wideFile = write(project, "wide.twin", wide);
		PlantEditor wideEditor = (PlantEditor) IDE.openEditor(page, wideFile, PlantEditor.ID);
		UiWait.flush();
		Unit shown = ((Plant) wideEditor.getResource().getContents().get(0)).getAreas().get(0).getWorkCenters().get(0)
				.getUnits().get(0);
		wideEditor.getTreeViewer().collapseAll();
		UiWait.flush();
		long expandStart = System.nanoTime();
		wideEditor.getTreeViewer().expandToLevel(shown, 1);
		wideEditor.getTreeViewer().getTree().update(); // paint what is on screen: what the user waits for
		long expandMs = ms(expandStart);
		UiWait.flush(); // GTK then sizes the remaining rows in idle time
		long settledMs = ms(expandStart);
		assertEquals(5000,
				wideEditor.getTreeViewer().getTree().getItem(0).getItem(0).getItem(0).getItem(0).getItemCount());
		print("expand a node with 5,000 children", expandMs, "until GTK has sized every row: " + settledMs + " ms",
				200);
		page.closeEditor(wideEditor, false);
	}

	private static IFile write(IProject project, String name, Plant plant) throws Exception {
		IFile file = project.getFile(name);
		Path location = file.getLocation().toPath();
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), location);
		resource.getContents().add(plant);
		PlantFiles.save(resource, location);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	private static void print(String what, long ms, String note, long targetMs) {
		System.out.printf(Locale.ROOT, "editor benchmark: %-42s %,6d ms%s%s%n", what, ms,
				note == null ? "" : "  (" + note + ")", targetMs > 0 ? "   target <= " + targetMs + " ms" : "");
	}

	private interface Work {
		Object run() throws Exception;
	}

	private static long time(Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return ms(start);
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
