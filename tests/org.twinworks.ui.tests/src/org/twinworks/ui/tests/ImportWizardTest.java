// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvTagListImporter;
import org.twinworks.interop.merge.Change;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;
import org.twinworks.ui.interop.ExportPlantWizard;
import org.twinworks.ui.interop.ImportPlantWizard;
import org.twinworks.ui.interop.ImportSourceKind;

/** File > Import into the open demo plant from a real CSV file: preview, Finish as one command, Undo, bad rows. */
@ExtendWith(ScreenshotOnFailure.class)
class ImportWizardTest {
	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path dir;
	private PlantEditor editor;

	@BeforeEach
	void openAFreshDemoPlant() throws Exception {
		editor = FreshDemoPlant.open().editor();
	}

	@Test
	void aTagListIsPreviewedThenImportedAsOneCommandThatUndoTakesBack() throws Exception {
		Path csv = dir.resolve("new-tags.csv");
		Files.writeString(csv,
				"Equipment,Tag,Description,Direction,Type,Unit,Range low,Range high\r\n"
						+ "P-901,FT-901,Booster flow,Input,Double,m3/h,0,200\r\n"
						+ "P-901,PT-901,Booster pressure,Input,Double,bar,0,10\r\n",
				StandardCharsets.UTF_8);
		int signalsBefore = signals().size();

		ImportPlantWizard wizard = run(csv);
		try {
			assertTrue(wizard.csvMapping().containsAll(List.of("Tag ← Tag", "Equipment ← Equipment", "Unit ← Unit")),
					"the source page shows which header feeds which field: " + wizard.csvMapping());
			UiWait.until(wizard::canFinish, WAIT, "the preview of the import");
			assertNull(wizard.previewError());
			assertFalse(editor.isDirty(), "nothing changes before Finish");
			assertEquals(signalsBefore, signals().size());
			assertTrue(wizard.performFinish());
		} finally {
			wizard.getContainer().getShell().close();
		}
		UiWait.flush();
		assertEquals(signalsBefore + 2, signals().size());
		Signal flow = signals().stream().filter(s -> "FT-901".equals(s.getTag())).findFirst().orElseThrow();
		assertEquals(200.0, flow.getRangeHigh());
		assertEquals("csv:FT-901", flow.getSourceId());
		assertTrue(editor.isDirty());

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(signalsBefore, signals().size(), "one Undo takes the whole import back");
	}

	@Test
	void aFileWithABadRowShowsTheLineAndCannotBeFinished() throws Exception {
		Path csv = dir.resolve("bad.csv");
		Files.writeString(csv, "Equipment,Tag,Description,Range low,Range high\r\n" + "P-901,FT-901,Flow,0,200\r\n"
				+ "P-901,PT-901,Pressure,zero,10\r\n", StandardCharsets.UTF_8);
		int signalsBefore = signals().size();

		ImportPlantWizard wizard = run(csv);
		try {
			UiWait.until(() -> wizard.previewError() != null, WAIT, "the preview's error");
			assertTrue(wizard.previewError().contains("bad.csv") && wizard.previewError().contains(":3"),
					wizard.previewError());
			assertFalse(wizard.canFinish());
		} finally {
			wizard.getContainer().getShell().close();
		}
		assertEquals(signalsBefore, signals().size());
		assertFalse(editor.isDirty());
	}

	@Test
	void exportWritesANodeSetAndATagListThatImportBack() throws Exception {
		for (boolean nodeSet : new boolean[]{true, false}) {
			Path file = dir.resolve(nodeSet ? "plant.xml" : "plant.csv");
			ExportPlantWizard export = new ExportPlantWizard();
			export.init(editor);
			WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), export);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				export.preset(nodeSet, file);
				UiWait.flush();
				assertTrue(export.canFinish());
				assertTrue(export.performFinish(), String.valueOf(export.done()));
			} finally {
				dialog.close();
			}
			assertTrue(export.done().startsWith("Wrote " + file), export.done());
			// what was written reads back: into the same plant it changes nothing but source identities
			ImportDraft draft = nodeSet
					? NodeSetImporter.read(List.of(file), NodeSetImportOptions.DEFAULT)
					: CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
			ImportDiff diff = PlantMerger.diff(editor.getLoaded().plant(), draft, MergeOptions.defaults());
			assertEquals(0, diff.count(Change.Added.class) + diff.count(Change.Removed.class),
					diff.changes().toString());
		}
	}

	@Test
	void automationMlIsAnExportTargetAndAnImportSource() throws Exception {
		Path file = dir.resolve("plant.aml");
		ExportPlantWizard export = new ExportPlantWizard();
		export.init(editor);
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), export);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			export.presetAml(file);
			UiWait.flush();
			assertTrue(export.performFinish(), String.valueOf(export.done()));
		} finally {
			dialog.close();
		}
		assertTrue(export.done().startsWith("Wrote " + file), export.done());
		long equipment = count(editor.getLoaded().plant(), org.twinworks.model.Equipment.class);
		assertEquals(equipment, count(AmlImporter.importFile(file).plant(), org.twinworks.model.Equipment.class));

		ImportPlantWizard wizard = run(ImportSourceKind.AML, file);
		try {
			UiWait.until(wizard::canFinish, WAIT, "the preview of the AutomationML import");
			assertNull(wizard.previewError());
		} finally {
			wizard.getContainer().getShell().close();
		}
		assertFalse(editor.isDirty(), "nothing changes before Finish");
	}

	@Test
	void assetAdministrationShellsAreAnExportTarget() throws Exception {
		Path file = dir.resolve("plant.aasx");
		ExportPlantWizard export = new ExportPlantWizard();
		export.init(editor);
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), export);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			export.presetAas(file);
			UiWait.flush();
			assertTrue(export.performFinish(), String.valueOf(export.done()));
		} finally {
			dialog.close();
		}
		long equipment = count(editor.getLoaded().plant(), org.twinworks.model.Equipment.class);
		assertEquals("Wrote " + file + ": " + equipment + " asset administration shells", export.done());
		assertTrue(java.nio.file.Files.size(file) > 0);
	}

	private static long count(org.twinworks.model.Plant plant, Class<?> type) {
		long[] count = new long[1];
		plant.eAllContents().forEachRemaining(e -> count[0] += type.isInstance(e) ? 1 : 0);
		return count[0];
	}

	private ImportPlantWizard run(Path csv) {
		return run(ImportSourceKind.CSV, csv);
	}

	private ImportPlantWizard run(ImportSourceKind kind, Path file) {
		ImportPlantWizard wizard = new ImportPlantWizard();
		wizard.init(editor);
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.preset(kind, List.of(file));
		UiWait.flush();
		dialog.showPage(wizard.getPage("preview"));
		return wizard;
	}

	private List<Signal> signals() {
		List<Signal> all = new java.util.ArrayList<>();
		editor.getLoaded().plant().eAllContents().forEachRemaining(e -> {
			if (e instanceof Signal s && !(s.eContainer() instanceof org.twinworks.model.EquipmentType)) {
				all.add(s);
			}
		});
		return all;
	}
}
