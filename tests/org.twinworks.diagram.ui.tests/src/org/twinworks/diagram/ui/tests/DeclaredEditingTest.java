// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.DiagramEditing;
import org.twinworks.diagram.description.PaletteEntry;
import org.twinworks.diagram.description.PaletteGroup;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.diagram.ui.viewer.ConnectionTool;
import org.twinworks.diagram.ui.viewer.CreationTool;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.diagram.ui.viewer.Palette;

/** The viewer edits as the diagram's description declares: grid, palette, deletion from the model. */
class DeclaredEditingTest {
	@TempDir
	Path folder;
	private Shell shell;
	private SceneFixture fixture;
	private Diagram diagram;
	private final List<EObject> deleted = new ArrayList<>();

	@BeforeEach
	void setUp() {
		fixture = new SceneFixture(folder, 2, 4);
		diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(800, 600);
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	@Test
	void theGridComesFromTheDescription() {
		DiagramViewer viewer = open(DiagramEditing.VIEWS_ONLY.withGrid(25));
		assertEquals(new Point(25, 0), viewer.snap(new Point(37, 12)));
		assertEquals(new Point(50, -25), viewer.snapDelta(new Point(0, 0), new Point(40, -20)));
		Node node = diagram.getNodes().get(0).getChildren().get(2);
		viewer.select(List.of(node));
		int x = node.getX();
		key(viewer, SWT.ARROW_RIGHT, 0);
		assertEquals(x + 25, node.getX(), "an arrow moves by one grid step");
		viewer.setSnapToGrid(false);
		assertEquals(new Point(37, 12), viewer.snap(new Point(37, 12)), "the user can still turn snapping off");
	}

	@Test
	void thePaletteShowsTheDeclaredTools() {
		PaletteEntry.Creation tank = new PaletteEntry.Creation("Tank", null, (context, at, container) -> null);
		PaletteEntry.Connection pipe = new PaletteEntry.Connection("Pipe", (context, source, target) -> null);
		DiagramViewer viewer = open(DiagramEditing.VIEWS_ONLY.withPalette(
				List.of(new PaletteGroup("Equipment", List.of(tank)), new PaletteGroup("Lines", List.of(pipe)))));
		Palette palette = new Palette(shell, viewer);
		assertEquals(List.of("Select", "Tank", "Pipe"), palette.items().stream().map(ToolItem::getText).toList());
		assertInstanceOf(CreationTool.class, palette.tool("Tank"));
		assertInstanceOf(ConnectionTool.class, palette.tool("Pipe"));
	}

	@Test
	void deleteFromModelDoesWhatTheDescriptionDeclaresInOneUndoableCommand() {
		DiagramViewer viewer = open(DiagramEditing.VIEWS_ONLY.withDeletion((domain, elements) -> {
			deleted.addAll(elements);
			return DeleteCommand.create(domain, elements);
		}));
		Node node = diagram.getNodes().get(0).getChildren().get(2);
		EObject element = fixture.equipment(0, 2);
		viewer.select(List.of(node));
		key(viewer, 'd', SWT.MOD1);
		assertEquals(List.of(element), deleted, "the declared deletion gets the selected views' elements");
		assertNull(viewer.scene().figureOf(node), "the view goes");
		assertNull(element.eResource(), "and the element");
		fixture.domain.getCommandStack().undo();
		assertNotNull(element.eResource());
		assertNotNull(viewer.scene().figureOf(node), "one undo brings both back");
	}

	@Test
	void withoutADeclaredDeletionDeleteFromModelRemovesOnlyTheView() {
		DiagramViewer viewer = open(DiagramEditing.VIEWS_ONLY);
		Node node = diagram.getNodes().get(0).getChildren().get(2);
		viewer.select(List.of(node));
		key(viewer, 'd', SWT.MOD1);
		assertNull(viewer.scene().figureOf(node));
		assertTrue(fixture.equipment(0, 2).eResource() != null, "the element stays");
	}

	private DiagramViewer open(DiagramEditing editing) {
		DiagramDescription d = fixture.description;
		DiagramDescription edited = new DiagramDescription(d.id(), d.label(), d::appliesTo, d.layers(),
				d.nodeMappings(), d.edgeMappings(), d.overlayLayer(), editing);
		return new DiagramViewer(shell, fixture.domain, diagram,
				new SceneBuilder(edited, fixture.resolver, new SymbolLibrary()),
				new SceneRenderer(new SymbolLibrary()));
	}

	private static void key(DiagramViewer viewer, int keyCode, int modifiers) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.stateMask = modifiers;
		viewer.canvas().notifyListeners(SWT.KeyDown, e);
	}
}
