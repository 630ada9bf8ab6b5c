// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.Unit;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.ProblemMarkers;
import org.twinworks.ui.emf.EmfPropertySourceProvider;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/** The plant editor on the demo plant, driven through its widgets in the running Twinworks workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class PlantEditorTest {
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
	void showsTheDemoPlantWithItsAreasOpen() {
		Tree tree = editor.getTreeViewer().getTree();
		assertEquals(1, tree.getItemCount());
		assertEquals("Plant Riverside Water Works", tree.getItem(0).getText());
		List<String> visible = texts(tree.getItems());
		assertTrue(visible.stream().anyMatch(t -> t.contains("Raw Water Intake")), visible.toString());
		editor.getTreeViewer().expandAll();
		assertTrue(texts(tree.getItems()).contains("P-101  Intake pump 1 (duty)"), "tagged elements read tag and name");
	}

	@Test
	void createsEquipmentAndASignalThroughTheContextMenuThenUndoesAndRedoes() {
		Unit unit = (Unit) byTag("P-101").eContainer();
		int before = unit.getEquipment().size();
		editor.select(unit);
		chooseFromContextMenu("New Child", "Equipment");
		assertEquals(before + 1, unit.getEquipment().size());
		Equipment created = unit.getEquipment().get(before);
		assertSame(created, editor.getTreeViewer().getStructuredSelection().getFirstElement(),
				"the new element is selected");

		chooseFromContextMenu("New Child", "Signal");
		assertEquals(1, created.getSignals().size());

		editor.getUndoAction().run();
		editor.getUndoAction().run();
		assertEquals(before, unit.getEquipment().size());
		assertTrue(editor.isDirty() == false, "undoing everything makes the editor clean again");
		editor.getRedoAction().run();
		assertEquals(before + 1, unit.getEquipment().size());
		assertTrue(editor.isDirty());
	}

	@Test
	void thePropertiesViewShowsAndEditsTheSelectionUndoably() throws Exception {
		Equipment pump = byTag("P-101");
		editor.select(pump);
		page.showView("org.eclipse.ui.views.PropertySheet");
		Tree properties = UiWait.forValue(() -> Widgets
				.findInAnyShell(Tree.class, t -> texts(t.getItems()).contains("Intake pump 1 (duty)")).orElse(null),
				WAIT, "the Properties view to show P-101's name");
		assertTrue(texts(properties.getItems()).contains("Name"), texts(properties.getItems()).toString());

		IPropertySource source = propertySource(pump);
		source.setPropertyValue(TwinPackage.Literals.NAMED__NAME.getName(), "Intake pump A");
		assertEquals("Intake pump A", pump.getName());
		editor.getUndoAction().run();
		assertEquals("Intake pump 1 (duty)", pump.getName());
		editor.getRedoAction().run();
		assertEquals("Intake pump A", pump.getName());
		page.activate(editor);
	}

	@Test
	void savesAndTheReopenedEditorHasTheChange() throws Exception {
		propertySource(byTag("P-101")).setPropertyValue(TwinPackage.Literals.NAMED__NAME.getName(), "Renamed pump");
		assertTrue(editor.isDirty());
		editor.doSave(null);
		assertTrue(!editor.isDirty());
		assertTrue(Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8).contains("Renamed pump"));
		page.closeEditor(editor, false);
		editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
		assertEquals("Renamed pump", byTag("P-101").getName());
	}

	@Test
	void anInvalidRangeBecomesAProblemMarkerThatSelectsTheSignal() throws Exception {
		Signal level = (Signal) byTag("LT-101").getSignals().get(0);
		propertySource(level).setPropertyValue(TwinPackage.Literals.SIGNAL__RANGE_LOW.getName(), 9.0);
		editor.doSave(null);
		// markers are written by a job, after any earlier validation's job: wait for this save's marker
		UiWait.until(
				() -> Arrays.stream(markers()).anyMatch(
						m -> m.getAttribute(IMarker.MESSAGE, "").contains("range low 9.0 is not below range high 6.0")),
				WAIT, "the invalid range's marker");
		IMarker[] markers = markers();
		IMarker marker = Arrays.stream(markers)
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("range low 9.0 is not below range high 6.0"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no marker for the invalid range: " + markers.length));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));

		UiWait.flush(); // the edit's own selection of the signal happens first
		editor.select(byTag("P-101"));
		assertSame(byTag("P-101"), editor.getTreeViewer().getStructuredSelection().getFirstElement());
		IDE.openEditor(page, marker); // what a double-click in the Problems view does
		assertSame(level, editor.getTreeViewer().getStructuredSelection().getFirstElement());
	}

	@Test
	void copyAndPasteGiveNewIdsAndUniqueTags() {
		Equipment pump = byTag("P-101");
		Unit unit = (Unit) pump.eContainer();
		editor.select(pump);
		globalAction(ActionFactory.COPY).run();
		editor.getTreeViewer().setSelection(new StructuredSelection(unit));
		IAction paste = globalAction(ActionFactory.PASTE);
		assertTrue(paste.isEnabled());
		paste.run();

		Equipment copy = unit.getEquipment().get(unit.getEquipment().size() - 1);
		assertEquals("P-103", copy.getTag(), "P-102 exists, so the copy of P-101 becomes P-103");
		assertEquals("P-103.RUN", copy.getSignals().get(0).getTag());
		assertEquals("M-103", copy.getEquipment().get(0).getTag(), "nested equipment is retagged too");
		assertNotEquals(id(pump), id(copy));
		assertNotNull(id(copy));
	}

	@Test
	void theFilterBoxKeepsMatchesAndTheirAncestors() {
		Text filter = Widgets.find(editor.getTreeViewer().getTree().getParent(), Text.class,
				t -> "Filter by tag or name (Ctrl+F)".equals(t.getMessage())).orElseThrow();
		filter.setText("LT-401");
		UiWait.flush();
		List<String> visible = texts(editor.getTreeViewer().getTree().getItems());
		assertTrue(visible.contains("LT-401  Clear water tank level"), visible.toString());
		assertTrue(visible.stream().noneMatch(t -> t.startsWith("P-101")), visible.toString());
		filter.setText("");
	}

	@Test
	void aTruncatedFileOpensWithItsProblemsShownAndWhatWasRead() throws Exception {
		byte[] bytes = Files.readAllBytes(file.getLocation().toPath());
		IFile broken = file.getProject().getFile("broken.twin");
		Files.write(broken.getLocation().toPath(), Arrays.copyOf(bytes, bytes.length / 2));
		broken.refreshLocal(IResource.DEPTH_ZERO, null);
		PlantEditor brokenEditor = (PlantEditor) IDE.openEditor(page, broken, PlantEditor.ID);
		try {
			assertTrue(!brokenEditor.getLoaded().readable());
			Text banner = Widgets.find(brokenEditor.getTreeViewer().getTree().getParent(), Text.class,
					t -> t.getText().startsWith("The file could not be read completely")).orElseThrow();
			UiWait.until(() -> Widgets.isShowing(banner), WAIT, "the problems banner to show");
			assertTrue(banner.getText().contains("line "), banner.getText());
			assertEquals(1, brokenEditor.getTreeViewer().getTree().getItemCount(), "what was read is shown");
		} finally {
			page.closeEditor(brokenEditor, false);
			broken.delete(true, null);
		}
	}

	@Test
	void revertingReloadsTheFileAndDropsUnsavedChanges() throws Exception {
		propertySource(byTag("P-101")).setPropertyValue(TwinPackage.Literals.NAMED__NAME.getName(), "Not saved");
		assertTrue(editor.isDirty());
		editor.reload();
		assertEquals("Intake pump 1 (duty)", byTag("P-101").getName());
		assertTrue(!editor.isDirty());
		assertTrue(!editor.getUndoAction().isEnabled(), "nothing left to undo after a revert");
	}

	@Test
	void saveAsWritesANewFileAndKeepsEditingIt() throws Exception {
		propertySource(byTag("P-101")).setPropertyValue(TwinPackage.Literals.NAMED__NAME.getName(), "Copy only");
		IFile copy = file.getProject().getFile("copy.twin");
		try {
			assertTrue(editor.saveAs(copy));
			assertTrue(!editor.isDirty());
			assertEquals("copy.twin", editor.getPartName());
			assertTrue(Files.readString(copy.getLocation().toPath()).contains("Copy only"));
			assertTrue(!Files.readString(file.getLocation().toPath()).contains("Copy only"),
					"the original is untouched");
		} finally {
			page.closeEditor(editor, false);
			copy.delete(true, null);
		}
	}

	@Test
	void referencesAreChosenInASearchableListNotAComboOfHundreds() {
		org.twinworks.model.ControlLoop loop = ((org.twinworks.model.Plant) editor.getResource().getContents().get(0))
				.getControlLoops().get(0);
		IPropertySource source = propertySource(loop);
		var descriptor = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Measured Value")).findFirst().orElseThrow();
		var cellEditor = descriptor.createPropertyEditor(editor.getTreeViewer().getTree());
		try {
			assertTrue(cellEditor instanceof org.eclipse.jface.viewers.DialogCellEditor,
					cellEditor.getClass().getName());
		} finally {
			cellEditor.dispose();
		}
	}

	@Test
	void typingARangeGivesFeedbackBeforeTheValueIsTaken() {
		Signal level = (Signal) byTag("LT-101").getSignals().get(0);
		var adapterFactory = ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain())
				.getAdapterFactory();
		IPropertySource source = new EmfPropertySourceProvider(adapterFactory,
				new org.twinworks.ui.editor.PlantValueChecks()).getPropertySource(level);
		var rangeLow = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Range Low")).findFirst().orElseThrow();
		var cellEditor = rangeLow.createPropertyEditor(editor.getTreeViewer().getTree());
		try {
			var validator = cellEditor.getValidator();
			assertEquals(null, validator.isValid("2.5"));
			assertEquals("Range Low must be below Range High (6.0)", validator.isValid("9"));
			assertTrue(validator.isValid("nine").contains("is not a valid number"), validator.isValid("nine"));
		} finally {
			cellEditor.dispose();
		}
	}

	// ------------------------------------------------------------------------------------------ helpers

	private Equipment byTag(String tag) {
		for (var it = editor.getResource().getAllContents(); it.hasNext();) {
			if (it.next() instanceof Equipment e && tag.equals(e.getTag())
					&& !(e.eContainer() instanceof org.twinworks.model.EquipmentType)) {
				return e;
			}
		}
		throw new AssertionError("no equipment " + tag);
	}

	private IMarker[] markers() {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}

	private IPropertySource propertySource(Object element) {
		var adapterFactory = ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain())
				.getAdapterFactory();
		return new EmfPropertySourceProvider(adapterFactory).getPropertySource(element);
	}

	private IAction globalAction(ActionFactory action) {
		return editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
	}

	private static String id(EObject element) {
		return element.eResource().getURIFragment(element);
	}

	/** Opens the tree's context menu the way SWT does and picks submenu > item. */
	private void chooseFromContextMenu(String submenu, String item) {
		Menu menu = editor.getTreeViewer().getTree().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem cascade = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(submenu))
				.findFirst().orElseThrow(() -> new AssertionError("no menu " + submenu));
		Menu sub = cascade.getMenu();
		sub.notifyListeners(SWT.Show, new Event());
		MenuItem target = Arrays.stream(sub.getItems()).filter(i -> i.getText().replace("&", "").equals(item))
				.findFirst().orElseThrow(() -> new AssertionError(submenu + " has no " + item + ": "
						+ Arrays.stream(sub.getItems()).map(MenuItem::getText).toList()));
		target.notifyListeners(SWT.Selection, new Event());
		sub.notifyListeners(SWT.Hide, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		UiWait.flush();
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
			if (item.getExpanded()) {
				texts.addAll(texts(item.getItems()));
			}
			for (int column = 1; column < item.getParent().getColumnCount(); column++) {
				texts.add(item.getText(column));
			}
		}
		return texts;
	}
}
