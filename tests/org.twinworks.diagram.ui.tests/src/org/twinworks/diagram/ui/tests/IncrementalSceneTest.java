// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.NotationPackage.Literals;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.viewer.internal.NotationChanges;
import org.twinworks.model.TwinPackage;

/**
 * A notation edit replaces only the figures it touched, and the scene it gives is the scene a full build gives:
 * compared figure by figure, index query by index query, after every edit, undo and redo of a sequence, so the
 * optimisation cannot drift from the build.
 */
class IncrementalSceneTest {
	@TempDir
	Path folder;
	private SceneFixture fixture;
	private Diagram diagram;
	private NotationChanges changes;
	private CommandStack stack;

	@BeforeEach
	void setUp() {
		fixture = new SceneFixture(folder, 3, 5);
		diagram = fixture.fullDiagram();
		stack = fixture.domain.getCommandStack();
		stack.execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		changes = NotationChanges.attach(diagram);
	}

	@AfterEach
	void tearDown() {
		changes.detach();
	}

	@Test
	void aSequenceOfNotationEditsGivesTheSceneAFullBuildGives() {
		Node area = diagram.getNodes().get(0);
		Node pump = area.getChildren().get(0);
		Node tank = area.getChildren().get(2);
		Node elsewhere = diagram.getNodes().get(2).getChildren().get(1);
		Edge pipe = edgeFrom(pump);
		Port otherInlet = inlet(area.getChildren().get(3));
		Bounds tankBounds = new Bounds(tank.getX(), tank.getY(), tank.getWidth() + 30, tank.getHeight() + 10);
		// built when executed, as the tools build them: each reads the notation as the previous left it
		List<Supplier<Command>> edits = List.of(() -> NotationCommands.moveBy(fixture.domain, List.of(pump), 30, 10),
				() -> NotationCommands.resize(fixture.domain, tank, tankBounds),
				() -> NotationCommands.moveBy(fixture.domain, List.of(area), 40, -20),
				() -> NotationCommands.bendpoints(fixture.domain, pipe,
						List.of(new Point(500, 400), new Point(520, 480))),
				() -> NotationCommands.moveLabel(fixture.domain, pump, 5, 12),
				() -> NotationCommands.moveLabel(fixture.domain, pump, -3, 4),
				() -> NotationCommands.moveLabel(fixture.domain, pipe, 0, -8),
				() -> new SetCommand(fixture.domain, otherInlet, Literals.PORT__SIDE, Side.NORTH),
				() -> new SetCommand(fixture.domain, otherInlet, Literals.PORT__OFFSET, 27),
				() -> NotationCommands.reconnect(fixture.domain, pipe, false, otherInlet));
		Scene scene = fixture.builder.build(diagram);
		for (Supplier<Command> edit : edits) {
			stack.execute(edit.get());
			scene = updateAndCompare(scene, elsewhere);
		}
		assertEquals(List.of(2, 16), List.of(pump.getLabel().getDx(), pump.getLabel().getDy()),
				"two label moves add up");
		for (int i = 0; i < edits.size(); i++) {
			stack.undo();
			scene = updateAndCompare(scene, elsewhere);
		}
		while (stack.canRedo()) {
			stack.redo();
			scene = updateAndCompare(scene, elsewhere);
		}
		assertSame(otherInlet, pipe.getTarget(), "everything redone");
	}

	@Test
	void semanticAndStructuralChangesAskForAFullBuild() {
		stack.execute(NotationCommands.moveBy(fixture.domain, List.of(diagram.getNodes().get(1)), 10, 0));
		assertFalse(changes.needsRebuild(), "a move is a notation edit");
		changes.clear();
		stack.execute(SetCommand.create(fixture.domain, fixture.equipment(0, 1), TwinPackage.Literals.EQUIPMENT__TAG,
				"P-999"));
		assertTrue(changes.needsRebuild(), "a renamed tag changes a label the notation does not hold");
		changes.clear();
		stack.execute(NotationCommands.removeViews(fixture.domain, List.of(diagram.getNodes().get(1))));
		assertTrue(changes.needsRebuild(), "views removed");
		changes.clear();
		stack.execute(NotationCommands.hideLayer(fixture.domain, diagram, "signals", true));
		assertTrue(changes.needsRebuild(), "a layer hidden");
	}

	/** Applies the recorded changes incrementally and compares with a full build. */
	private Scene updateAndCompare(Scene before, Node untouched) {
		assertFalse(changes.needsRebuild(),
				"a notation edit is applied incrementally: " + stack.getMostRecentCommand());
		Scene after = fixture.builder.update(before, diagram, changes.touchedViews());
		changes.clear();
		Scene full = fixture.builder.build(diagram);
		assertSameScene(full, after);
		assertNotSame(before, after);
		assertSame(before.figureOf(untouched), after.figureOf(untouched),
				"figures the edit did not touch are shared, not built again");
		List<Rectangle> damage = Scene.damageBetween(before, after);
		for (Rectangle r : Scene.damageBetween(before, full)) {
			assertTrue(damage.contains(r), "the incremental damage covers " + r + ": " + damage);
		}
		return after;
	}

	static void assertSameScene(Scene expected, Scene actual) {
		assertEquals(expected.nodes(), actual.nodes(), "nodes in paint order");
		assertEquals(expected.edges(), actual.edges(), "edges in paint order");
		assertEquals(expected.ports(), actual.ports(), "ports in paint order");
		assertEquals(expected.orphans(), actual.orphans());
		assertEquals(expected.extent(), actual.extent(), "extent");
		List<Object> all = new ArrayList<>();
		all.addAll(expected.nodes());
		all.addAll(expected.edges());
		all.addAll(expected.ports());
		for (Object figure : all) {
			View view = Scene.viewOf(figure);
			assertEquals(figure, actual.figureOf(view), "figure of " + view);
			assertEquals(expected.figuresOf(Scene.elementOf(figure)), actual.figuresOf(Scene.elementOf(figure)));
		}
		Rectangle extent = expected.extent();
		for (int x = extent.x - 50; x < extent.x + extent.width + 50; x += 97) {
			for (int y = extent.y - 50; y < extent.y + extent.height + 50; y += 83) {
				Rectangle window = new Rectangle(x, y, 120, 90);
				assertEquals(expected.figuresIn(window), actual.figuresIn(window), "figures in " + window);
			}
		}
	}

	private Edge edgeFrom(Node node) {
		for (Edge edge : diagram.getEdges()) {
			if (node.getPorts().contains(edge.getSource()) && "pipe".equals(edge.getMapping())) {
				return edge;
			}
		}
		throw new AssertionError("no pipe from " + node);
	}

	private Port inlet(Node node) {
		for (Port port : node.getPorts()) {
			if (port.getSide() == Side.WEST) {
				return port;
			}
		}
		throw new AssertionError("no inlet on " + node);
	}
}
