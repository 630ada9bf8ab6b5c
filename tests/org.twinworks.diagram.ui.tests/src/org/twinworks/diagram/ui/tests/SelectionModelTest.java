// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.viewer.internal.SelectionModel;

/** The viewer's selection without a canvas: what is selected, in which order, and when the owner is told. */
class SelectionModelTest {
	@TempDir
	Path folder;
	private SceneFixture fixture;
	private Diagram diagram;
	private Scene scene;
	private SelectionModel selection;
	private int told;

	@BeforeEach
	void setUp() {
		fixture = new SceneFixture(folder, 2, 4);
		diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		scene = fixture.builder.build(diagram);
		selection = new SelectionModel(() -> scene, () -> told++);
	}

	@Test
	void keepsTheOrderOfSelectionAndSplitsNodesFromEdges() {
		View second = viewOf(fixture.equipment(0, 1));
		View first = viewOf(fixture.equipment(0, 0));
		View edge = scene.edges().get(0).view();
		selection.select(List.of(second, edge, first));
		assertEquals(List.of(second, edge, first), selection.views());
		assertEquals(List.of(second, first), selection.nodes());
		assertEquals(List.of(edge), selection.edges());
		assertEquals(List.of(fixture.equipment(0, 1), scene.edges().get(0).element(), fixture.equipment(0, 0)),
				selection.elements(), "the semantic selection follows the same order");
		assertEquals(1, told, "one change, one notification");
	}

	@Test
	void toggleAddsThenRemoves() {
		View pump = viewOf(fixture.equipment(0, 0));
		selection.toggle(pump);
		assertEquals(List.of(pump), selection.views());
		selection.toggle(pump);
		assertTrue(selection.views().isEmpty());
		assertEquals(2, told);
	}

	@Test
	void marqueeSelectsOnlyWhatLiesEntirelyInside() {
		NodeFigure a = figureOf(fixture.equipment(1, 0));
		NodeFigure b = figureOf(fixture.equipment(1, 1));
		Rectangle both = a.shape().union(b.shape());
		Rectangle area = new Rectangle(both.x - 1, both.y - 1, both.width + 2, both.height + 2);
		selection.selectIn(area, false);
		assertTrue(selection.nodes().containsAll(List.of(a.view(), b.view())), selection.views().toString());
		assertTrue(
				selection.views().stream().noneMatch(v -> v == figureOf(fixture.equipment(1, 0).eContainer()).view()),
				"the area around them is not inside the marquee");
		View other = viewOf(fixture.equipment(0, 3));
		selection.select(List.of(other));
		selection.selectIn(new Rectangle(a.shape().x, a.shape().y, a.shape().width / 2, a.shape().height), true);
		assertEquals(List.of(other), selection.views(), "a node cut by the marquee stays out; adding keeps the rest");
	}

	@Test
	void selectAllTakesEveryNodeAndEdge() {
		selection.selectAll();
		assertEquals(scene.nodes().size() + scene.edges().size(), selection.views().size());
	}

	@Test
	void viewsThatAreNotDrawnCannotBeSelected() {
		View pump = viewOf(fixture.equipment(0, 0));
		fixture.domain.getCommandStack().execute(NotationCommands.removeViews(fixture.domain, List.of(pump)));
		View tank = viewOf(fixture.equipment(0, 2));
		selection.select(List.of(pump, tank));
		assertEquals(List.of(pump, tank), selection.views(), "the old scene still draws the pump");
		scene = fixture.builder.build(diagram);
		selection.retainDrawn();
		assertEquals(List.of(tank), selection.views(), "the rebuilt scene does not");
		selection.select(List.of(pump));
		assertTrue(selection.views().isEmpty());
	}

	@Test
	void selectsTheViewsOfSemanticElements() {
		EObject pump = fixture.equipment(0, 0);
		List<View> shown = selection.selectElements(List.of(pump, "not an element"));
		assertEquals(List.of(viewOf(pump)), shown);
		assertEquals(List.of(pump), selection.elements());
	}

	@Test
	void afterCreationSelectsTheCreatedViewsOrElseTheViewsOfTheCreatedElements() {
		View tank = viewOf(fixture.equipment(1, 2));
		selection.selectCreated(affecting(List.of(tank)));
		assertEquals(List.of(tank), selection.views());
		selection.selectCreated(affecting(List.of(fixture.equipment(0, 1))));
		assertEquals(List.of(viewOf(fixture.equipment(0, 1))), selection.views());
		int before = told;
		selection.selectCreated(affecting(List.of()));
		assertEquals(before, told, "nothing created: the selection stays");
		assertEquals(List.of(viewOf(fixture.equipment(0, 1))), selection.views());
	}

	private static Command affecting(Collection<?> objects) {
		return new AbstractCommand() {
			@Override
			public Collection<?> getAffectedObjects() {
				return objects;
			}

			@Override
			public void execute() {
			}

			@Override
			public void redo() {
			}
		};
	}

	private NodeFigure figureOf(EObject element) {
		return (NodeFigure) scene.figuresOf(element).get(0);
	}

	private View viewOf(EObject element) {
		return figureOf(element).view();
	}
}
