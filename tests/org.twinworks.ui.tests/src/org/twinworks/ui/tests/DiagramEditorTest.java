// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.diagram.ui.viewer.CreationTool;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinPackage;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.pid.PlantDiagramEditing;
import org.twinworks.ui.editor.PlantEditor;

/** The P&ID page of the plant editor on the demo plant: one editing domain with the tree, undo across both. */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramEditorTest {
	private IWorkbenchPage page;
	private IFile file;
	private PlantEditor editor;
	private DiagramPage diagramPage;
	private DiagramViewer viewer;

	@BeforeEach
	void openTheDemoDiagram() throws Exception {
		FreshDemoPlant fresh = FreshDemoPlant.open();
		page = fresh.page();
		file = fresh.file();
		editor = fresh.editor();
		diagramPage = editor.showDiagram();
		assertNotNull(diagramPage, "the demo plant opens with its diagram");
		viewer = diagramPage.viewer();
		UiWait.flush();
	}

	@AfterEach
	void closeWithoutSaving() {
		page.closeAllEditors(false);
	}

	private Plant plant() {
		return (Plant) editor.getResource().getContents().get(0);
	}

	private List<Equipment> allEquipment() {
		List<Equipment> all = new ArrayList<>();
		plant().eAllContents().forEachRemaining(o -> {
			if (o instanceof Equipment e) {
				all.add(e);
			}
		});
		return all;
	}

	@Test
	void theDemoOverviewShowsEveryPieceOfEquipmentWithoutOverlaps() {
		Scene scene = viewer.scene();
		for (Equipment e : allEquipment()) {
			assertFalse(scene.figuresOf(e).isEmpty(), e.getTag() + " is on the overview");
		}
		Diagram diagram = diagramPage.diagram();
		List<Node> nodes = DiagramSynchronizer.allNodes(diagram);
		for (Node node : nodes) {
			assertTrue(ElkArranger.overlaps(node.getChildren()).isEmpty(), "no overlaps inside " + node.getElement());
		}
		assertTrue(ElkArranger.overlaps(diagram.getNodes()).isEmpty());
		assertTrue(scene.edges().size() >= plant().getControlLoops().size() * 2, "loops are drawn as signal lines");
		NodeFigure lt = (NodeFigure) scene.figuresOf(find("LT-101")).get(0);
		assertEquals("pid.instrument", lt.symbol(), "instruments are ISA bubbles");
	}

	@Test
	void aRenameInTheTreeShowsOnTheDiagramAndUndoTakesItBack() {
		Equipment pump = find("P-101");
		editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(editor.getEditingDomain(), pump, TwinPackage.Literals.EQUIPMENT__TAG, "P-111"));
		UiWait.flush();
		assertEquals("P-111", ((NodeFigure) viewer.scene().figuresOf(pump).get(0)).label());
		editor.getUndoAction().run();
		UiWait.flush();
		assertEquals("P-101", ((NodeFigure) viewer.scene().figuresOf(pump).get(0)).label());
	}

	@Test
	void creatingFromThePaletteAddsElementAndViewAndOneUndoRemovesBoth() {
		Equipment tank = find("TK-101");
		NodeFigure tankFigure = (NodeFigure) viewer.scene().figuresOf(tank).get(0);
		Rectangle unit = ((NodeFigure) viewer.scene().figuresOf(tank.eContainer()).get(0)).shape();
		CreationTool tool = new CreationTool(PlantDiagramEditing.creation(EquipmentKind.HEAT_EXCHANGER));
		viewer.setActiveTool(tool);
		Point at = viewer.viewport().toScreen(unit.x + unit.width - 40, unit.y + unit.height - 40);
		viewer.reveal(tankFigure.view());
		UiWait.flush();
		at = viewer.viewport().toScreen(unit.x + unit.width - 40, unit.y + unit.height - 40);
		click(at);
		UiWait.flush();
		Equipment created = allEquipment().stream().filter(e -> e.getKind() == EquipmentKind.HEAT_EXCHANGER).findFirst()
				.orElseThrow(() -> new AssertionError("the click created a heat exchanger"));
		assertEquals(tank.eContainer(), created.eContainer(), "it went into the unit under the click");
		assertFalse(viewer.scene().figuresOf(created).isEmpty(), "and it is on the diagram");
		assertTrue(editor.isDirty());
		editor.getUndoAction().run();
		UiWait.flush();
		assertFalse(allEquipment().contains(created), "one undo removes the element");
		assertTrue(viewer.scene().figuresOf(created).isEmpty(), "and its view");
	}

	@Test
	void deletingInTheTreeRemovesTheViewAndSavingLeavesNothingDangling() throws Exception {
		Equipment analyser = find("AT-401");
		editor.getEditingDomain().getCommandStack()
				.execute(DeleteCommand.create(editor.getEditingDomain(), List.of(analyser)));
		UiWait.flush();
		assertTrue(viewer.scene().figuresOf(analyser).isEmpty(), "the view goes with the element at once");
		editor.doSave(null);
		UiWait.flush();
		Path notation = NotationFiles.notationFileOf(file.getLocation().toPath());
		assertTrue(Files.exists(notation));
		page.closeAllEditors(false);
		editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
		diagramPage = editor.showDiagram();
		UiWait.flush();
		assertTrue(editor.getDiagrams().problems().isEmpty(), editor.getDiagrams().problems().toString());
		Diagram reread = diagramPage.diagram();
		var sync = new DiagramSynchronizer(diagramPage.viewer().builder().description(),
				diagramPage.viewer().builder().resolver());
		assertTrue(sync.orphans(reread).isEmpty(), "no view of a deleted element survives save and reload");
		assertFalse(diagramPage.viewer().scene().nodes().isEmpty());
	}

	@Test
	void copyAndPasteOnTheDiagramGiveANewTagAndAViewAndOneUndoRemovesBoth() {
		Equipment filter = find("F-201");
		int before = allEquipment().size();
		viewer.setSelection(new StructuredSelection(filter));
		key(SWT.MOD1, 'c');
		NodeFigure figure = (NodeFigure) viewer.scene().figuresOf(filter).get(0);
		Rectangle unit = ((NodeFigure) viewer.scene().figuresOf(filter.eContainer()).get(0)).shape();
		viewer.reveal(figure.view());
		UiWait.flush();
		Point inside = viewer.viewport().toScreen(unit.x + unit.width - 30, unit.y + unit.height - 30);
		Event move = new Event();
		move.x = inside.x;
		move.y = inside.y;
		viewer.canvas().notifyListeners(SWT.MouseMove, move);
		key(SWT.MOD1, 'v');
		UiWait.flush();
		assertEquals(before + 1, allEquipment().size(), "one filter pasted");
		Equipment pasted = allEquipment().stream()
				.filter(e -> e.getKind() == EquipmentKind.FILTER && e.eContainer() == filter.eContainer() && e != filter
						&& !e.getTag().matches("F-20[123]"))
				.findFirst().orElseThrow(() -> new AssertionError("a filter with a new tag in the same unit"));
		assertFalse(viewer.scene().figuresOf(pasted).isEmpty(), "the pasted filter is on the diagram");
		editor.getUndoAction().run();
		UiWait.flush();
		assertEquals(before, allEquipment().size());
		assertTrue(viewer.scene().figuresOf(pasted).isEmpty());
	}

	@Test
	void thePipeToolConnectsTwoNozzlesWithANewConnectionAndEdge() {
		Equipment from = find("F-203");
		Equipment to = find("XV-201");
		var fromPort = from.getPorts().stream().filter(p -> p.getDirection() == org.twinworks.model.PortDirection.OUT)
				.findFirst().orElseThrow();
		var toPort = to.getPorts().stream().filter(p -> p.getDirection() == org.twinworks.model.PortDirection.IN)
				.findFirst().orElseThrow();
		int connections = plant().getConnections().size();
		viewer.setActiveTool(new org.twinworks.diagram.ui.viewer.ConnectionTool(
				PlantDiagramEditing.connection(org.twinworks.model.ConnectionKind.PIPE)));
		var source = (org.twinworks.diagram.ui.render.PortFigure) viewer.scene().figuresOf(fromPort).get(0);
		var target = (org.twinworks.diagram.ui.render.PortFigure) viewer.scene().figuresOf(toPort).get(0);
		viewer.zoomToFit();
		UiWait.flush();
		Point a = viewer.viewport().toScreen(source.center().x, source.center().y);
		Point b = viewer.viewport().toScreen(target.center().x, target.center().y);
		mouse(SWT.MouseDown, a);
		mouse(SWT.MouseMove, b);
		mouse(SWT.MouseUp, b);
		UiWait.flush();
		assertEquals(connections + 1, plant().getConnections().size(), "a pipe was created");
		var pipe = plant().getConnections().get(connections);
		assertEquals(fromPort, pipe.getSource());
		assertEquals(toPort, pipe.getTarget());
		assertFalse(viewer.scene().figuresOf(pipe).isEmpty(), "and drawn");
		editor.getUndoAction().run();
		UiWait.flush();
		assertEquals(connections, plant().getConnections().size());
	}

	@Test
	void aBrokenDiagramFileIsReportedAndKeptWhenTheModelIsSaved() throws Exception {
		page.closeAllEditors(false);
		Path notation = NotationFiles.notationFileOf(file.getLocation().toPath());
		byte[] bytes = Files.readAllBytes(notation);
		Files.write(notation, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
		UiWait.flush();
		assertFalse(editor.getDiagrams().problems().isEmpty(), "the truncated diagram file has problems");
		org.eclipse.swt.widgets.Text banner = org.twinworks.tests.harness.Widgets
				.find(editor.getTreeViewer().getTree().getParent(), org.eclipse.swt.widgets.Text.class,
						t -> t.getText().contains(notation.getFileName().toString()))
				.orElseThrow(() -> new AssertionError("the banner names the diagram file"));
		assertTrue(banner.getText().contains("line "), banner.getText());
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), find("P-101"),
				TwinPackage.Literals.NAMED__NAME, "Renamed"));
		editor.doSave(null);
		UiWait.flush();
		try (var kept = Files.list(notation.getParent())) {
			assertTrue(
					kept.anyMatch(f -> f.getFileName().toString().startsWith(notation.getFileName() + ".unreadable-")),
					"the unreadable original is kept under its own name before the first save overwrites it");
		}
	}

	@Test
	void f2EditsTheTagInPlace() {
		Equipment pump = find("P-301");
		viewer.setSelection(new StructuredSelection(pump));
		Event f2 = new Event();
		f2.keyCode = SWT.F2;
		viewer.canvas().notifyListeners(SWT.KeyDown, f2);
		UiWait.flush();
		org.eclipse.swt.widgets.Text text = java.util.Arrays.stream(viewer.canvas().getChildren())
				.filter(org.eclipse.swt.widgets.Text.class::isInstance).map(org.eclipse.swt.widgets.Text.class::cast)
				.filter(t -> !t.isDisposed() && t.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("F2 opens a text field over the label"));
		assertEquals("P-301", text.getText());
		text.setText("P-399");
		text.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.flush();
		assertEquals("P-399", pump.getTag());
		assertEquals("P-399", ((NodeFigure) viewer.scene().figuresOf(pump).get(0)).label());
		editor.getUndoAction().run();
		assertEquals("P-301", pump.getTag());
	}

	@Test
	void ctrlDRemovesTheElementFromTheModelAndUndoBringsBothBack() {
		Equipment analyser = find("AT-202");
		viewer.setSelection(new StructuredSelection(analyser));
		key(SWT.MOD1, 'd');
		UiWait.flush();
		assertFalse(allEquipment().contains(analyser), "Ctrl+D deletes from the model");
		editor.getUndoAction().run();
		UiWait.flush();
		assertTrue(allEquipment().contains(analyser));
		assertFalse(viewer.scene().figuresOf(analyser).isEmpty(), "its view is back too");
	}

	private void mouse(int type, Point at) {
		Event e = new Event();
		e.x = at.x;
		e.y = at.y;
		e.button = 1;
		e.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON1;
		viewer.canvas().notifyListeners(type, e);
	}

	private void key(int modifiers, char key) {
		Event e = new Event();
		e.keyCode = key;
		e.character = (char) (key & 0x1f);
		e.stateMask = modifiers;
		viewer.canvas().notifyListeners(SWT.KeyDown, e);
	}

	@Test
	void theOutlineShowsTheDiagramThumbnailOnDiagramPagesAndTheTreeOtherwise() throws Exception {
		page.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		UiWait.flush();
		var outline = editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		org.eclipse.swt.widgets.Composite book = (org.eclipse.swt.widgets.Composite) outline.getControl();
		editor.showDiagram();
		UiWait.until(
				() -> java.util.Arrays.stream(book.getChildren())
						.anyMatch(c -> c instanceof org.eclipse.swt.widgets.Canvas && c.isVisible()),
				java.time.Duration.ofSeconds(5), "the diagram thumbnail in the Outline");
		editor.showTree();
		UiWait.until(
				() -> java.util.Arrays.stream(book.getChildren())
						.anyMatch(c -> c instanceof org.eclipse.swt.widgets.Tree && c.isVisible()),
				java.time.Duration.ofSeconds(5), "the model tree in the Outline");
	}

	@Test
	void selectingOnTheDiagramSelectsTheSemanticElementAndBack() {
		Equipment pump = find("P-401");
		viewer.setSelection(new StructuredSelection(pump));
		assertEquals(List.of(pump), ((StructuredSelection) viewer.getSelection()).toList());
		assertEquals(1, viewer.selectedNodes().size());
		editor.showTree();
		UiWait.flush();
		assertEquals(List.of(pump), editor.getTreeViewer().getStructuredSelection().toList(),
				"switching to the tree keeps the diagram's selection");
	}

	@Test
	void theShippedDemoDiagramIsWhatTheGeneratorMakes() throws Exception {
		// the example the model bundle ships must not drift from the generator
		java.net.URL shipped = org.osgi.framework.FrameworkUtil.getBundle(org.twinworks.model.demo.DemoPlant.class)
				.getEntry("examples/riverside-water-works.twindiagram");
		assertNotNull(shipped, "the model bundle ships examples/riverside-water-works.twindiagram");
		Path generated = NotationFiles.notationFileOf(file.getLocation().toPath());
		try (var in = shipped.openStream()) {
			assertArrayEquals(in.readAllBytes(), Files.readAllBytes(generated),
					"stale example: regenerate with ./twinworks demo bundles/org.twinworks.model/examples/riverside-water-works.twin --force");
		}
	}

	private Equipment find(String tag) {
		return allEquipment().stream().filter(e -> tag.equals(e.getTag())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + tag));
	}

	private void click(Point at) {
		for (int type : new int[]{SWT.MouseDown, SWT.MouseUp}) {
			Event e = new Event();
			e.x = at.x;
			e.y = at.y;
			e.button = 1;
			viewer.canvas().notifyListeners(type, e);
		}
	}

}
