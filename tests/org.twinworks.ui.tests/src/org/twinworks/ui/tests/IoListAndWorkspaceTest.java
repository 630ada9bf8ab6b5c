// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.Unit;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.TreeDragAndDrop;
import org.twinworks.ui.iolist.IoListTable;
import org.twinworks.ui.wizards.NewPlantModelWizard;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.Screenshots;
import org.twinworks.tests.harness.UiWait;

@ExtendWith(ScreenshotOnFailure.class)
class IoListAndWorkspaceTest {
	private static final int TAG = 1;
	private static final int EQUIPMENT = 0;
	private static final int RANGE_LOW = 6;
	private static final Duration WAIT = Duration.ofSeconds(10);
	private IWorkbenchPage page;
	private IFile file;
	private PlantEditor editor;

	@BeforeEach
	void openAFreshDemoPlant() throws Exception {
		FreshDemoPlant fresh = FreshDemoPlant.open();
		page = fresh.page();
		file = fresh.file();
		editor = fresh.editor();
	}

	@Test
	void theIoListHasOneRowPerSignalAndPaintsItsCellText() {
		IoListTable ioList = editor.showIoList();
		UiWait.flush();
		assertEquals(153, ioList.totalSignals());
		assertEquals(153, ioList.visibleSignals().size());
		assertFalse(String.valueOf(ioList.cell(0, TAG)).isBlank());

		NatTable table = ioList.control();
		UiWait.until(() -> table.isVisible() && table.getSize().y > 100, WAIT, "the I/O list to be laid out");
		table.redraw();
		table.update();
		// NatTable with the wrong eclipse-collections paints empty cells without any error: look at the pixels
		Rectangle cell = table.getBoundsByPosition(2, 3); // grid: row header column, header and filter rows first
		ImageData pixels = Screenshots.capture(table);
		int dark = 0;
		for (int x = cell.x + 3; x < cell.x + cell.width - 3; x++) {
			for (int y = cell.y + 3; y < cell.y + cell.height - 3; y++) {
				var rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 300) {
					dark++;
				}
			}
		}
		assertTrue(dark > 10, "the tag cell shows no text (" + dark + " dark pixels in " + cell + ")");
	}

	@Test
	void editingACellChangesTheModelTheTreeAndIsUndoable() {
		IoListTable ioList = editor.showIoList();
		ioList.filter(TAG, "LT-101.PV");
		assertEquals(1, ioList.visibleSignals().size());
		Signal level = ioList.visibleSignals().get(0);
		assertTrue(ioList.edit(0, TAG, "LT-101A.PV"));
		assertEquals("LT-101A.PV", level.getTag());
		editor.select(level);
		UiWait.flush();
		assertTrue(editor.getTreeViewer().getTree().getSelection()[0].getText().startsWith("LT-101A.PV"),
				"the tree shows the edit made in the table");
		editor.getUndoAction().run();
		assertEquals("LT-101.PV", level.getTag());
	}

	@Test
	void anEditThroughTheTablesOwnCommandPathBecomesAnUndoableModelChange() {
		IoListTable ioList = editor.showIoList();
		ioList.filter(TAG, "PT-501.PV");
		Signal pressure = ioList.visibleSignals().get(0);
		NatTable table = ioList.control();
		// grid positions: column 0 is the row header; rows 0 and 1 are the column header and the filter row
		boolean handled = table.doCommand(new org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand(table,
				1 + 2, 2, "Header pressure (renamed in the table)"));
		assertTrue(handled);
		assertEquals("Header pressure (renamed in the table)", pressure.getName());
		assertTrue(editor.isDirty());
		editor.getUndoAction().run();
		assertEquals("Distribution header pressure", pressure.getName());
	}

	@Test
	void severalCellEditsAtOnceAreOneUndoStep() {
		IoListTable ioList = editor.showIoList();
		ioList.filter(EQUIPMENT, "MCC-01");
		List<Signal> signals = ioList.visibleSignals();
		ioList.editAsOne("Paste Cells", () -> {
			ioList.edit(0, 2, "first");
			ioList.edit(1, 2, "second");
		});
		assertEquals("first", signals.get(0).getName());
		assertEquals("second", signals.get(1).getName());
		editor.getUndoAction().run();
		assertEquals("Busbar voltage",
				signals.stream().filter(s -> s.getTag().equals("MCC-01.V")).findFirst().orElseThrow().getName());
		assertTrue(signals.stream().noneMatch(s -> "first".equals(s.getName()) || "second".equals(s.getName())),
				"one undo reverts both cells");
	}

	@Test
	void aValueThatIsNotANumberIsRefused() {
		IoListTable ioList = editor.showIoList();
		ioList.filter(TAG, "LT-101.PV");
		Signal level = ioList.visibleSignals().get(0);
		assertFalse(ioList.edit(0, RANGE_LOW, "six"));
		assertEquals(0.0, level.getRangeLow());
		assertFalse(editor.isDirty());
		assertTrue(ioList.edit(0, RANGE_LOW, "0,5"));
		assertEquals(0.5, level.getRangeLow());
	}

	@Test
	void sortsAndFiltersByColumn() {
		IoListTable ioList = editor.showIoList();
		ioList.sortBy(TAG, true);
		List<Signal> sorted = ioList.visibleSignals();
		assertTrue(sorted.get(0).getTag().compareToIgnoreCase(sorted.get(sorted.size() - 1).getTag()) > 0);
		ioList.filter(EQUIPMENT, "P-101");
		assertTrue(ioList.visibleSignals().stream().allMatch(s -> s.getEquipment().getTag().contains("P-101")));
		assertEquals(7, ioList.visibleSignals().size(), "P-101's seven signals");
	}

	@Test
	void exportsTheVisibleRowsAsCsv() throws Exception {
		IoListTable ioList = editor.showIoList();
		ioList.filter(EQUIPMENT, "MCC-01");
		Path csv = Files.createTempFile("io-list", ".csv");
		ioList.exportCsv(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(4, lines.size(), lines.toString());
		assertTrue(lines.get(0).startsWith("Equipment,Tag,Description,Direction,Type,Unit,Range low,Range high"));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith(
				"MCC-01,MCC-01.V,Busbar voltage,Input,Double,V,0.0,500.0,360.0,380.0,420.0,440.0,Virtual plant,nsu=urn:twinworks:demo:riverside;s=MCC-01.V")),
				lines.toString());
		Files.delete(csv);
	}

	@Test
	void aFileChangedOnDiskIsReloadedWhenTheEditorIsClean() throws Exception {
		Path location = file.getLocation().toPath();
		String changed = Files.readString(location).replace("Intake pump 1 (duty)", "Changed by another tool");
		Files.writeString(location, changed);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		UiWait.until(
				() -> editor.getResource().getContents().size() == 1 && names().contains("Changed by another tool"),
				WAIT, "the editor to reload the changed file");
		assertFalse(editor.isDirty());
	}

	@Test
	void dragAndDropMovesEquipmentToAnotherUnitUndoably() {
		Equipment screen = equipment("SC-101");
		Unit from = (Unit) screen.eContainer();
		Unit to = (Unit) equipment("TK-101").eContainer();
		Command move = dropCommand(to, List.of(screen), DND.DROP_MOVE);
		assertTrue(move.canExecute());
		editor.getEditingDomain().getCommandStack().execute(move);
		assertSame(to, screen.eContainer());
		editor.getUndoAction().run();
		assertSame(from, screen.eContainer());
	}

	@Test
	void theNewPlantModelWizardCreatesAValidEmptyModelAndOpensIt() throws Exception {
		NewPlantModelWizard wizard = new NewPlantModelWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file.getProject()));
		WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			var name = org.twinworks.tests.harness.Widgets
					.find(dialog.getShell(), org.eclipse.swt.widgets.Text.class, t -> "plant.twin".equals(t.getText()))
					.orElseThrow();
			name.setText("pumping-station.twin");
			UiWait.flush();
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile created = file.getProject().getFile("pumping-station.twin");
		assertTrue(created.exists());
		IEditorPart opened = page.getActiveEditor();
		assertTrue(opened instanceof PlantEditor);
		assertEquals(List.of(), PlantValidator.validate(((PlantEditor) opened).getLoaded().plant()));
		page.closeEditor(opened, false);
		created.delete(true, null);
	}

	private Command dropCommand(Object target, List<?> dragged, int operation) {
		return TreeDragAndDrop.command(editor.getEditingDomain(), target, 0.5f, operation, dragged);
	}

	private List<String> names() {
		List<String> names = new java.util.ArrayList<>();
		editor.getResource().getAllContents().forEachRemaining(e -> {
			if (e instanceof org.twinworks.model.Named n && n.getName() != null) {
				names.add(n.getName());
			}
		});
		return names;
	}

	private Equipment equipment(String tag) {
		for (var it = editor.getResource().getAllContents(); it.hasNext();) {
			if (it.next() instanceof Equipment e && tag.equals(e.getTag())) {
				return e;
			}
		}
		throw new AssertionError("no equipment " + tag);
	}
}
