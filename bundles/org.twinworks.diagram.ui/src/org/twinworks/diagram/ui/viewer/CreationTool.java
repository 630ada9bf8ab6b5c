// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.description.PaletteEntry;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.ui.render.SwtGeometry;

/** Click to create an element (and its view) where the click was, as the description's palette entry says. */
public final class CreationTool implements Tool {
	private final String label;
	private final String symbol;
	private final PaletteEntry.Creator creator;

	public CreationTool(PaletteEntry.Creation entry) {
		this.label = entry.label();
		this.symbol = entry.symbol();
		this.creator = entry.creator();
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String symbol() {
		return symbol;
	}

	@Override
	public int cursor() {
		return SWT.CURSOR_CROSS;
	}

	@Override
	public void mouseDown(DiagramViewer viewer, MouseEvent event, Point at) {
		if (event.button != 1) {
			return;
		}
		Point snapped = viewer.snap(at);
		Node container = viewer.containerAt(at);
		Command create = creator.create(viewer, SwtGeometry.fromSwt(snapped), container);
		if (create != null && create.canExecute()) {
			viewer.execute(create);
			viewer.selectCreated(create);
		} else {
			viewer.showStatus(label + ": cannot create here");
		}
		if ((event.stateMask & SWT.SHIFT) == 0) {
			viewer.activateDefaultTool();
		}
	}

	@Override
	public void mouseMove(DiagramViewer viewer, MouseEvent event, Point at) {
	}

	@Override
	public void mouseUp(DiagramViewer viewer, MouseEvent event, Point at) {
	}
}
