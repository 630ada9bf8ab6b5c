// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.DrawingSurface;

/**
 * Dragging a node's or an edge's label: the label follows the mouse freely (labels are placed by eye, not on the
 * grid) and the drop stores the offset in the notation, one undoable command.
 */
final class LabelDrag {
	private final View view;
	private final Rectangle box;
	private final Point start;
	private Point current;

	LabelDrag(View view, Rectangle box, Point start) {
		this.view = view;
		this.box = box;
		this.start = start;
		this.current = start;
	}

	View view() {
		return view;
	}

	void moveTo(Point at) {
		current = at;
	}

	/** The command that moves the label by how far it was dragged (unexecutable when it was not). */
	Command drop(DiagramViewer viewer, Point at) {
		current = at;
		return NotationCommands.moveLabel(viewer.domain(), view, current.x - start.x, current.y - start.y);
	}

	void paint(DrawingSurface g) {
		g.drawRectangle(box.x + current.x - start.x, box.y + current.y - start.y, box.width, box.height);
	}
}
