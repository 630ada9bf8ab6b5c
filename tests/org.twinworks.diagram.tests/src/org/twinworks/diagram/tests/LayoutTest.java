// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.twinworks.diagram.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;

/** ELK arrange results, headless. */
class LayoutTest {
	@TempDir
	Path folder;

	@Test
	void arrangeLeavesNoOverlapsAndKeepsEquipmentInsideItsArea() {
		DiagramFixture fixture = new DiagramFixture(folder, 3, 10);
		Diagram diagram = fixture.fullDiagram();
		List<Bounds> before = boundsOfAllNodes(diagram);
		Command undoableBefore = fixture.domain.getCommandStack().getUndoCommand();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		assertNotEquals(before, boundsOfAllNodes(diagram), "arrange moved something");
		assertTrue(ElkArranger.overlaps(diagram.getNodes()).isEmpty(), "areas do not overlap");
		for (Node area : diagram.getNodes()) {
			assertTrue(ElkArranger.overlaps(area.getChildren()).isEmpty(), "equipment of " + area.getElement());
			Bounds container = NotationCommands.absoluteBounds(area);
			for (Node child : area.getChildren()) {
				Bounds r = NotationCommands.absoluteBounds(child);
				assertTrue(container.contains(r.x(), r.y()) && container.contains(r.right(), r.bottom()),
						"child " + r + " inside its container " + container);
			}
		}
		fixture.domain.getCommandStack().undo();
		assertTrue(fixture.domain.getCommandStack().canRedo(), "arrange is one undoable command");
		assertEquals(before, boundsOfAllNodes(diagram), "one undo restores every position and size exactly");
		assertSame(undoableBefore, fixture.domain.getCommandStack().getUndoCommand(),
				"one undo takes the whole arrange back: the stack is as before, nothing of it left to undo");
	}

	/** The bounds of every node, nested ones included, in a stable order. */
	private static List<Bounds> boundsOfAllNodes(Diagram diagram) {
		List<Bounds> bounds = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node node) {
				bounds.add(new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
			}
		});
		return bounds;
	}

	@Test
	void arrangeSelectionKeepsTheGroupWhereItWas() {
		DiagramFixture fixture = new DiagramFixture(folder, 1, 5);
		Diagram diagram = fixture.fullDiagram();
		List<Node> children = new ArrayList<>(diagram.getNodes().get(0).getChildren());
		List<Node> selection = children.subList(0, 3);
		int minX = selection.stream().mapToInt(Node::getX).min().orElseThrow();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeSelection(fixture.domain, diagram, selection));
		assertEquals(minX, selection.stream().mapToInt(Node::getX).min().orElseThrow());
		assertTrue(ElkArranger.overlaps(selection).isEmpty());
	}

}
