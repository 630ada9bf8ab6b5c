// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.model.Equipment;
import org.twinworks.model.TwinPackage;

/** Notation commands and synchronisation as the scene shows them: mapping evaluation, edges, layers, damage. */
class NotationSceneTest {
	@TempDir
	Path folder;
	private SceneFixture fixture;
	private CommandStack stack;

	@BeforeEach
	void setUp() {
		fixture = new SceneFixture(folder, 2, 4);
		stack = fixture.domain.getCommandStack();
	}

	@Test
	void showAllCreatesContainersNodesPortsAndEdges() {
		Diagram diagram = fixture.fullDiagram();
		Scene scene = fixture.builder.build(diagram);
		assertEquals(2 + 8, scene.nodes().size(), "two areas and their eight pieces of equipment");
		assertEquals(16, scene.ports().size(), "each piece of equipment has an in and an out nozzle");
		assertEquals(fixture.plant.getConnections().size(), scene.edges().size(), "every connection drawn");
		assertTrue(fixture.sync.missingNodes(diagram).isEmpty());
		assertTrue(fixture.sync.missingEdges(diagram).isEmpty());
		Node area = diagram.getNodes().get(0);
		assertEquals(4, area.getChildren().size(), "equipment sits inside its area's container");
	}

	@Test
	void mappingsDecideSymbolLabelAndConditionalStyle() {
		Scene scene = fixture.builder.build(fixture.fullDiagram());
		NodeFigure tank = figureOf(scene, fixture.equipment(0, 2));
		NodeFigure pump = figureOf(scene, fixture.equipment(0, 0));
		assertEquals("TK-102", tank.label());
		assertEquals(SceneFixture.TANK_FILL, tank.style().fill(), "the conditional style colours tanks");
		assertEquals("P-100", pump.label());
		assertFalse(SceneFixture.TANK_FILL.equals(pump.style().fill()));
		assertTrue(tank.labelBox().y >= tank.shape().y + tank.shape().height, "labels go below the symbol");
	}

	@Test
	void movingIsOneUndoableCommandAndMovesOnlyWhatMoved() {
		Diagram diagram = fixture.fullDiagram();
		Scene before = fixture.builder.build(diagram);
		Node node = diagram.getNodes().get(0).getChildren().get(1);
		int x = node.getX(), y = node.getY();
		stack.execute(NotationCommands.moveBy(fixture.domain, List.of(node), 30, -10));
		assertEquals(x + 30, node.getX());
		assertEquals(y - 10, node.getY());
		Scene after = fixture.builder.build(diagram);
		List<Rectangle> damage = Scene.damageBetween(before, after);
		Rectangle all = after.extent();
		int damagedArea = damage.stream().mapToInt(r -> r.width * r.height).sum();
		assertTrue(damagedArea < all.width * all.height / 4,
				"a move damages the node and its edges, not the drawing: " + damage + " of " + all);
		stack.undo();
		assertEquals(x, node.getX());
		assertEquals(y, node.getY());
	}

	@Test
	void semanticDeleteHidesTheViewAtOnceAndPruningRemovesIt() {
		Diagram diagram = fixture.fullDiagram();
		Equipment gone = fixture.equipment(1, 0);
		stack.execute(new RemoveCommand(fixture.domain, gone.eContainer(),
				TwinPackage.Literals.EQUIPMENT_HOLDER__EQUIPMENT, gone));
		Scene scene = fixture.builder.build(diagram);
		assertTrue(scene.figuresOf(gone).isEmpty(), "a deleted element is not drawn");
		assertFalse(scene.orphans().isEmpty());
		stack.execute(fixture.sync.pruneOrphans(fixture.domain, diagram));
		assertTrue(fixture.sync.orphans(diagram).isEmpty(), "nothing dangles after pruning");
		stack.undo();
		stack.undo();
		assertFalse(fixture.builder.build(diagram).figuresOf(gone).isEmpty(), "undo brings element and view back");
	}

	@Test
	void semanticRenameChangesTheLabel() {
		Diagram diagram = fixture.fullDiagram();
		Equipment pump = fixture.equipment(0, 0);
		stack.execute(SetCommand.create(fixture.domain, pump, TwinPackage.Literals.EQUIPMENT__TAG, "P-999"));
		assertEquals("P-999", figureOf(fixture.builder.build(diagram), pump).label());
	}

	@Test
	void hiddenLayersAreNotDrawn() {
		Diagram diagram = fixture.fullDiagram();
		int all = fixture.builder.build(diagram).edges().size();
		stack.execute(NotationCommands.hideLayer(fixture.domain, diagram, "signals", true));
		Scene scene = fixture.builder.build(diagram);
		assertEquals(all - 1, scene.edges().size(), "the signal line is on the hidden layer");
		assertTrue(scene.edges().stream().allMatch(e -> e.mapping().id().equals("pipe")));
		stack.undo();
		assertEquals(all, fixture.builder.build(diagram).edges().size());
	}

	@Test
	void edgesLeaveAndEnterAtTheirNozzles() {
		Diagram diagram = fixture.fullDiagram();
		Scene scene = fixture.builder.build(diagram);
		EdgeFigure pipe = scene.edges().stream().filter(e -> e.mapping().id().equals("pipe")).findFirst().orElseThrow();
		var source = scene.figureOf(pipe.view().getSource());
		assertNotNull(source);
		var centre = ((org.twinworks.diagram.ui.render.PortFigure) source).center();
		assertEquals(centre.x, pipe.route().x(0));
		assertEquals(centre.y, pipe.route().y(0));
		for (int i = 0; i + 1 < pipe.route().size(); i++) {
			assertTrue(pipe.route().x(i) == pipe.route().x(i + 1) || pipe.route().y(i) == pipe.route().y(i + 1),
					"orthogonal routing: every segment horizontal or vertical " + pipe.route());
		}
		assertNull(scene.figureOf(null));
	}

	@Test
	void aDraggedBendpointKeepsAnOrthogonalEdgeOrthogonal() {
		Diagram diagram = fixture.fullDiagram();
		Edge pipe = diagram.getEdges().get(0);
		stack.execute(NotationCommands.bendpoints(fixture.domain, pipe,
				List.of(new org.twinworks.diagram.geometry.Point(417, 233))));
		EdgeFigure figure = (EdgeFigure) fixture.builder.build(diagram).figureOf(pipe);
		for (int i = 0; i + 1 < figure.route().size(); i++) {
			assertTrue(figure.route().x(i) == figure.route().x(i + 1) || figure.route().y(i) == figure.route().y(i + 1),
					"every segment horizontal or vertical: " + figure.route());
		}
		boolean through = false;
		for (int i = 0; i < figure.route().size(); i++) {
			through |= figure.route().x(i) == 417 && figure.route().y(i) == 233;
		}
		assertTrue(through, "the route passes through the bendpoint " + figure.route());
	}

	static NodeFigure figureOf(Scene scene, Equipment equipment) {
		return (NodeFigure) scene.figuresOf(equipment).get(0);
	}
}
