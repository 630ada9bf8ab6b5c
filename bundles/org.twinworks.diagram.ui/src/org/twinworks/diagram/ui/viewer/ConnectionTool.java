// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.description.PaletteEntry;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.Scene;

/** Press on a source, release on a target: the description's palette entry decides what connecting them means. */
public final class ConnectionTool implements Tool {
	private final String label;
	private final PaletteEntry.Connector connector;
	private View source;
	private Point from;
	private Point to;

	public ConnectionTool(PaletteEntry.Connection entry) {
		this.label = entry.label();
		this.connector = entry.connector();
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public int cursor() {
		return SWT.CURSOR_CROSS;
	}

	@Override
	public void mouseDown(DiagramViewer viewer, MouseEvent event, Point at) {
		Object hit = viewer.hit(at);
		if (hit == null) {
			return;
		}
		source = Scene.viewOf(hit);
		from = at;
		to = at;
	}

	@Override
	public void mouseMove(DiagramViewer viewer, MouseEvent event, Point at) {
		if (source != null) {
			to = at;
			viewer.redrawFeedback();
		}
	}

	@Override
	public void mouseUp(DiagramViewer viewer, MouseEvent event, Point at) {
		if (source == null) {
			return;
		}
		Object hit = viewer.hit(at);
		View target = hit == null ? null : Scene.viewOf(hit);
		View start = source;
		cancel(viewer);
		if (target != null && target != start) {
			Command connect = connector.connect(viewer, start, target);
			if (connect != null && connect.canExecute()) {
				viewer.execute(connect);
			} else {
				viewer.showStatus(label + ": these cannot be connected");
			}
		}
		if ((event.stateMask & SWT.SHIFT) == 0) {
			viewer.activateDefaultTool();
		}
	}

	@Override
	public void cancel(DiagramViewer viewer) {
		source = null;
		from = null;
		to = null;
		viewer.redrawFeedback();
	}

	@Override
	public void paintFeedback(DiagramViewer viewer, DrawingSurface g) {
		if (from != null && to != null) {
			g.setForeground(new Rgb(30, 100, 220));
			g.setLineWidth(1.5f);
			g.setLineStyle(LineStyle.DASHED);
			g.drawLine(from.x, from.y, to.x, to.y);
		}
	}
}
