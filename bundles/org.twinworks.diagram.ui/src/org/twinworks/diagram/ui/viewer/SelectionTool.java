// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.geometry.Rgb;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.EdgeReconnector;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.SwtGeometry;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.viewer.internal.FigureLookup;

/**
 * Click to select (Shift or Ctrl adds), drag to move the selection (snapped to the grid), drag a handle to
 * resize, drag on empty space for a marquee, drag an edge's bendpoint handle to reshape it, drag a label to move
 * it ({@link LabelDrag}), drag a selected edge's end handle to another port ({@link EdgeEndDrag}). Escape cancels
 * the gesture under way.
 */
public final class SelectionTool implements Tool {
	private static final Rgb FEEDBACK = new Rgb(30, 100, 220);
	/** Height of a container's title band, in diagram units. */
	private static final int CONTAINER_TITLE = 24;

	private enum Gesture {
		NONE, MOVE, RESIZE, MARQUEE, BENDPOINT, LABEL, RECONNECT
	}

	private Gesture gesture = Gesture.NONE;
	private Point start;
	private Point current;
	private NodeFigure resized;
	private int handle;
	private EdgeFigure bent;
	private int bendIndex;
	private LabelDrag label;
	private EdgeEndDrag reconnect;

	@Override
	public String label() {
		return "Select";
	}

	@Override
	public void mouseDown(DiagramViewer viewer, MouseEvent event, Point at) {
		if (event.button != 1) {
			return;
		}
		start = at;
		current = at;
		for (View view : viewer.selectedViews()) {
			Object figure = viewer.scene().figureOf(view);
			if (figure instanceof NodeFigure n) {
				int h = Handles.hit(n.shape(), at, viewer.viewport().zoom());
				if (h >= 0) {
					gesture = Gesture.RESIZE;
					resized = n;
					handle = h;
					return;
				}
			} else if (figure instanceof EdgeFigure e) {
				EdgeReconnector reconnector = viewer.editing().reconnection();
				int end = reconnector == null ? -1 : Handles.hitEnd(e, at, viewer.viewport().zoom());
				if (end >= 0) {
					gesture = Gesture.RECONNECT;
					reconnect = new EdgeEndDrag(e, end == 0 ? EdgeReconnector.End.SOURCE : EdgeReconnector.End.TARGET,
							reconnector, at);
					return;
				}
				int b = Handles.hitBendpoint(e, at, viewer.viewport().zoom());
				if (b >= 0) {
					gesture = Gesture.BENDPOINT;
					bent = e;
					bendIndex = b;
					return;
				}
			}
		}
		boolean add = (event.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
		Object labelled = FigureLookup.labelAt(viewer.scene(), at);
		if (labelled != null) {
			View view = Scene.viewOf(labelled);
			if (add) {
				viewer.toggle(view);
			} else if (!viewer.selectedViews().contains(view)) {
				viewer.select(List.of(view));
			}
			Rectangle box = labelled instanceof NodeFigure n ? n.labelBox() : ((EdgeFigure) labelled).labelBox();
			label = new LabelDrag(view, box, at);
			gesture = Gesture.LABEL;
			return;
		}
		Object hit = viewer.hit(at);
		if (hit instanceof NodeFigure n && n.isContainer() && at.y > n.shape().y + CONTAINER_TITLE) {
			// a container is grabbed by its title band; its background starts a marquee among its contents
			hit = null;
		}
		if (hit == null) {
			if (!add) {
				viewer.select(List.of());
			}
			gesture = Gesture.MARQUEE;
			return;
		}
		View view = Scene.viewOf(hit);
		if (add) {
			viewer.toggle(view);
		} else if (!viewer.selectedViews().contains(view)) {
			viewer.select(List.of(view));
		}
		gesture = viewer.selectedNodes().isEmpty() ? Gesture.NONE : Gesture.MOVE;
	}

	@Override
	public void mouseMove(DiagramViewer viewer, MouseEvent event, Point at) {
		if (gesture != Gesture.NONE && start != null) {
			current = at;
			if (gesture == Gesture.LABEL) {
				label.moveTo(at);
			} else if (gesture == Gesture.RECONNECT) {
				reconnect.moveTo(viewer, at);
			}
			viewer.redrawFeedback();
		}
	}

	@Override
	public void mouseUp(DiagramViewer viewer, MouseEvent event, Point at) {
		if (start == null) {
			return;
		}
		current = at;
		Gesture done = gesture;
		gesture = Gesture.NONE;
		switch (done) {
		case MOVE -> {
			Point delta = viewer.snapDelta(start, current);
			if (delta.x != 0 || delta.y != 0) {
				viewer.execute(NotationCommands.moveBy(viewer.domain(), viewer.selectedNodes(), delta.x, delta.y));
			}
		}
		case RESIZE -> {
			Rectangle r = resizedBounds(viewer);
			Node node = resized.view();
			Rectangle old = SwtGeometry.toSwt(NotationCommands.absoluteBounds(node));
			Rectangle relative = new Rectangle(node.getX() + r.x - old.x, node.getY() + r.y - old.y, r.width, r.height);
			viewer.execute(NotationCommands.resize(viewer.domain(), node, SwtGeometry.fromSwt(relative)));
		}
		case MARQUEE -> {
			Rectangle area = marquee();
			if (area.width > 2 || area.height > 2) {
				viewer.selectIn(area, (event.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0);
			}
		}
		case BENDPOINT -> {
			List<Point> points = bentPoints(viewer);
			viewer.execute(NotationCommands.bendpoints(viewer.domain(), (Edge) bent.view(),
					points.stream().map(SwtGeometry::fromSwt).toList()));
		}
		case LABEL -> viewer.execute(label.drop(viewer, at));
		case RECONNECT -> reconnect.drop(viewer, at);
		case NONE -> {
		}
		}
		start = null;
		label = null;
		reconnect = null;
		viewer.redrawFeedback();
	}

	@Override
	public void cancel(DiagramViewer viewer) {
		if (reconnect != null) {
			reconnect.cancel(viewer);
		}
		gesture = Gesture.NONE;
		start = null;
		label = null;
		reconnect = null;
		viewer.redrawFeedback();
	}

	private Rectangle marquee() {
		return new Rectangle(Math.min(start.x, current.x), Math.min(start.y, current.y), Math.abs(current.x - start.x),
				Math.abs(current.y - start.y));
	}

	private Rectangle resizedBounds(DiagramViewer viewer) {
		Point delta = viewer.snapDelta(start, current);
		return Handles.resize(resized.shape(), handle, delta.x, delta.y);
	}

	/** The edge's bendpoints with the dragged one moved; dragging a segment handle inserts a bendpoint. */
	private List<Point> bentPoints(DiagramViewer viewer) {
		Edge edge = (Edge) bent.view();
		List<Point> points = new ArrayList<>();
		edge.getBendpoints().forEach(b -> points.add(new Point(b.getX(), b.getY())));
		Point p = viewer.snap(current);
		if (bendIndex < points.size()) {
			points.set(bendIndex, p);
		} else {
			points.add(bendIndex - points.size(), p);
		}
		return points;
	}

	@Override
	public void paintFeedback(DiagramViewer viewer, DrawingSurface g) {
		if (start == null || current == null) {
			return;
		}
		g.setForeground(FEEDBACK);
		g.setLineWidth(1 / (float) viewer.viewport().zoom());
		g.setLineStyle(LineStyle.DASHED);
		switch (gesture) {
		case MOVE -> {
			Point delta = viewer.snapDelta(start, current);
			for (Node node : viewer.selectedNodes()) {
				Rectangle r = SwtGeometry.toSwt(NotationCommands.absoluteBounds(node));
				g.drawRectangle(r.x + delta.x, r.y + delta.y, r.width, r.height);
			}
		}
		case RESIZE -> {
			Rectangle r = resizedBounds(viewer);
			g.drawRectangle(r.x, r.y, r.width, r.height);
		}
		case MARQUEE -> {
			Rectangle r = marquee();
			g.drawRectangle(r.x, r.y, r.width, r.height);
		}
		case BENDPOINT -> {
			Point p = viewer.snap(current);
			g.drawOval(p.x - 4, p.y - 4, 8, 8);
		}
		case LABEL -> label.paint(g);
		case RECONNECT -> reconnect.paint(g);
		case NONE -> {
		}
		}
	}
}
