// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeReconnector;
import org.twinworks.diagram.description.EditContext;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.Scene;

/**
 * Dragging a selected edge's end handle onto another node or port: the description's {@link EdgeReconnector}
 * decides what that means. While dragging, the cursor says whether the view under the mouse would be accepted (a
 * forbidden cursor where the rules refuse it); a refused drop changes nothing and says why on the status line.
 */
final class EdgeEndDrag {
	private final EdgeFigure edge;
	private final EdgeReconnector.End end;
	private final EdgeReconnector reconnector;
	private final Point fixed;
	private Point current;

	EdgeEndDrag(EdgeFigure edge, EdgeReconnector.End end, EdgeReconnector reconnector, Point at) {
		this.edge = edge;
		this.end = end;
		this.reconnector = reconnector;
		int other = end == EdgeReconnector.End.SOURCE ? edge.route().size() - 1 : 0;
		this.fixed = new Point(edge.route().x(other), edge.route().y(other));
		this.current = at;
	}

	void moveTo(DiagramViewer viewer, Point at) {
		current = at;
		View target = targetAt(viewer, at);
		int cursor = SWT.CURSOR_HAND;
		if (target != null && target != currentEnd()) {
			Quiet quiet = new Quiet(viewer);
			Command command = reconnector.reconnect(quiet, (Edge) edge.view(), end, target);
			cursor = command != null && command.canExecute() ? SWT.CURSOR_HAND : SWT.CURSOR_NO;
		}
		viewer.canvas().setCursor(viewer.canvas().getDisplay().getSystemCursor(cursor));
	}

	/** Reconnects to the view under the mouse, or tells why not; nothing happens when dropped on no view. */
	void drop(DiagramViewer viewer, Point at) {
		current = at;
		restoreCursor(viewer);
		View target = targetAt(viewer, at);
		if (target == null || target == currentEnd()) {
			return;
		}
		Quiet told = new Quiet(viewer);
		Command command = reconnector.reconnect(told, (Edge) edge.view(), end, target);
		if (command != null && command.canExecute()) {
			viewer.execute(command);
		} else {
			viewer.showStatus(told.message != null ? told.message : "This edge cannot be reconnected there");
		}
	}

	void cancel(DiagramViewer viewer) {
		restoreCursor(viewer);
	}

	void paint(DrawingSurface g) {
		g.drawLine(fixed.x, fixed.y, current.x, current.y);
	}

	private View currentEnd() {
		Edge view = (Edge) edge.view();
		return end == EdgeReconnector.End.SOURCE ? view.getSource() : view.getTarget();
	}

	/** The node or port under the mouse: edges are not ends (the dragged edge itself is always under it). */
	private static View targetAt(DiagramViewer viewer, Point at) {
		Object hit = viewer.hit(at);
		return hit == null || hit instanceof EdgeFigure ? null : Scene.viewOf(hit);
	}

	private static void restoreCursor(DiagramViewer viewer) {
		viewer.canvas().setCursor(viewer.canvas().getDisplay().getSystemCursor(viewer.activeTool().cursor()));
	}

	/** The viewer as edit context, keeping what the reconnector would tell the user instead of showing it. */
	private static final class Quiet implements EditContext {
		private final DiagramViewer viewer;
		private String message;

		Quiet(DiagramViewer viewer) {
			this.viewer = viewer;
		}

		@Override
		public EditingDomain domain() {
			return viewer.domain();
		}

		@Override
		public Diagram diagram() {
			return viewer.diagram();
		}

		@Override
		public DiagramDescription description() {
			return viewer.description();
		}

		@Override
		public SemanticResolver resolver() {
			return viewer.resolver();
		}

		@Override
		public void showStatus(String text) {
			message = text;
		}
	}
}
