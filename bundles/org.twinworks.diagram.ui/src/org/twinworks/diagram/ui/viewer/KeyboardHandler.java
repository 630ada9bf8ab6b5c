// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SwtGeometry;

/**
 * Keyboard use of the canvas: arrows move the selection by a grid step (Shift: by 10), Tab / Shift+Tab walk
 * through the nodes in reading order, Delete removes from the diagram, Ctrl+D from the model (as in GMF and Sirius editors;
 * the workbench keeps Ctrl+Delete for itself), F2 renames,
 * Ctrl+A selects all, Ctrl+C / Ctrl+V copy and paste elements, Ctrl+= / Ctrl+- / Ctrl+0 zoom in, out and to 100 %, Ctrl+Shift+F fits, Escape cancels.
 */
final class KeyboardHandler {
	private final DiagramViewer viewer;

	KeyboardHandler(DiagramViewer viewer) {
		this.viewer = viewer;
	}

	void keyPressed(KeyEvent e) {
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		boolean shift = (e.stateMask & SWT.SHIFT) != 0;
		int grid = viewer.editing().grid();
		int step = shift ? 10 * grid : viewer.isSnapToGrid() ? grid : 1;
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> move(-step, 0);
		case SWT.ARROW_RIGHT -> move(step, 0);
		case SWT.ARROW_UP -> move(0, -step);
		case SWT.ARROW_DOWN -> move(0, step);
		case SWT.DEL -> viewer.deleteSelection(false);
		case SWT.F2 -> viewer.directEdit();
		case SWT.ESC -> {
			viewer.activeTool().cancel(viewer);
			viewer.activateDefaultTool();
		}
		default -> {
			if (e.character == '\t') {
				walk(shift);
			} else if (ctrl && e.keyCode == 'd') {
				viewer.deleteSelection(true);
			} else if (ctrl && (e.keyCode == 'a')) {
				viewer.selectAll();
			} else if (ctrl && e.keyCode == 'c' && viewer.editing().clipboard() != null) {
				copy();
			} else if (ctrl && e.keyCode == 'v' && viewer.editing().clipboard() != null) {
				Point at = viewer.lastMousePosition();
				viewer.execute(
						viewer.editing().clipboard().paste(viewer, viewer.containerAt(at), SwtGeometry.fromSwt(at)));
			} else if (ctrl && (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
				viewer.zoomTo(viewer.viewport().zoom() * 1.25);
			} else if (ctrl && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
				viewer.zoomTo(viewer.viewport().zoom() / 1.25);
			} else if (ctrl && e.keyCode == '0') {
				viewer.zoomTo(1.0);
			} else if (ctrl && shift && (e.keyCode == 'f')) {
				viewer.zoomToFit();
			} else {
				return;
			}
		}
		}
		e.doit = false;
	}

	private void move(int dx, int dy) {
		List<Node> nodes = viewer.selectedNodes();
		if (nodes.isEmpty()) {
			viewer.scrollByPixels(dx, dy);
			return;
		}
		viewer.execute(NotationCommands.moveBy(viewer.domain(), nodes, dx, dy));
	}

	private void copy() {
		List<EObject> elements = new ArrayList<>();
		for (Node node : viewer.selectedNodes()) {
			Object figure = viewer.scene().figureOf(node);
			if (figure != null) {
				elements.add(Scene.elementOf(figure));
			}
		}
		if (!elements.isEmpty()) {
			viewer.execute(viewer.editing().clipboard().copy(viewer, elements));
		}
	}

	/** Next node in reading order (top to bottom, left to right), wrapping around. */
	private void walk(boolean backwards) {
		List<NodeFigure> nodes = new ArrayList<>(viewer.scene().nodes());
		if (nodes.isEmpty()) {
			return;
		}
		nodes.sort(Comparator.comparingInt((NodeFigure n) -> n.shape().y / 20).thenComparingInt(n -> n.shape().x));
		List<Node> selected = viewer.selectedNodes();
		int index = -1;
		if (!selected.isEmpty()) {
			for (int i = 0; i < nodes.size(); i++) {
				if (nodes.get(i).view() == selected.get(0)) {
					index = i;
				}
			}
		}
		int next = Math.floorMod(index + (backwards ? -1 : 1), nodes.size());
		NodeFigure target = nodes.get(next);
		viewer.select(List.of(target.view()));
		viewer.reveal(target.view());
	}
}
