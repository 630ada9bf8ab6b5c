// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import java.util.Collection;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Polyline;
import org.twinworks.diagram.ui.render.PortFigure;
import org.twinworks.diagram.ui.render.Scene;

/**
 * Selection handles: eight resize handles around a node (0 = top-left, clockwise), and on a selected edge one
 * handle per bendpoint plus one in the middle of each segment (dragging it adds a bendpoint), and where the
 * description reconnects edges a square handle on each end.
 */
final class Handles {
	/** Handle size on screen, in pixels, whatever the zoom. */
	static final int SIZE = 7;
	private static final Rgb HANDLE = new Rgb(30, 100, 220);

	private Handles() {
	}

	static Point[] nodeHandles(Rectangle r) {
		int cx = r.x + r.width / 2, cy = r.y + r.height / 2, right = r.x + r.width, bottom = r.y + r.height;
		return new Point[]{new Point(r.x, r.y), new Point(cx, r.y), new Point(right, r.y), new Point(right, cy),
				new Point(right, bottom), new Point(cx, bottom), new Point(r.x, bottom), new Point(r.x, cy)};
	}

	static int hit(Rectangle shape, Point at, double zoom) {
		double tolerance = SIZE / zoom;
		Point[] handles = nodeHandles(shape);
		for (int i = 0; i < handles.length; i++) {
			if (Math.abs(handles[i].x - at.x) <= tolerance && Math.abs(handles[i].y - at.y) <= tolerance) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Index into the edge's bendpoint list: 0..n-1 for an existing bendpoint; n + k to insert a bendpoint before
	 * existing bendpoint k (from a segment's middle handle); -1 for none.
	 */
	static int hitBendpoint(EdgeFigure edge, Point at, double zoom) {
		double tolerance = SIZE / zoom;
		int bends = edge.view().getBendpoints().size();
		for (int i = 0; i < bends; i++) {
			var b = edge.view().getBendpoints().get(i);
			if (Math.abs(b.getX() - at.x) <= tolerance && Math.abs(b.getY() - at.y) <= tolerance) {
				return i;
			}
		}
		if (bends == 0) {
			Polyline route = edge.route();
			int mid = route.size() / 2;
			int mx = (route.x(mid - 1) + route.x(mid)) / 2, my = (route.y(mid - 1) + route.y(mid)) / 2;
			if (Math.abs(mx - at.x) <= tolerance && Math.abs(my - at.y) <= tolerance) {
				return bends; // first bendpoint of a straight or auto-routed edge
			}
		}
		return -1;
	}

	/** 0 for the source end's handle, 1 for the target end's, -1 for neither. */
	static int hitEnd(EdgeFigure edge, Point at, double zoom) {
		double tolerance = SIZE / zoom;
		Polyline route = edge.route();
		for (int end = 0; end < 2; end++) {
			int i = end == 0 ? 0 : route.size() - 1;
			if (Math.abs(route.x(i) - at.x) <= tolerance && Math.abs(route.y(i) - at.y) <= tolerance) {
				return end;
			}
		}
		return -1;
	}

	static Rectangle resize(Rectangle r, int handle, int dx, int dy) {
		int x0 = r.x, y0 = r.y, x1 = r.x + r.width, y1 = r.y + r.height;
		switch (handle) {
		case 0 -> {
			x0 += dx;
			y0 += dy;
		}
		case 1 -> y0 += dy;
		case 2 -> {
			x1 += dx;
			y0 += dy;
		}
		case 3 -> x1 += dx;
		case 4 -> {
			x1 += dx;
			y1 += dy;
		}
		case 5 -> y1 += dy;
		case 6 -> {
			x0 += dx;
			y1 += dy;
		}
		case 7 -> x0 += dx;
		default -> throw new IllegalArgumentException("handle " + handle);
		}
		int minimum = 8;
		if (x1 - x0 < minimum) {
			if (handle == 0 || handle == 6 || handle == 7) {
				x0 = x1 - minimum;
			} else {
				x1 = x0 + minimum;
			}
		}
		if (y1 - y0 < minimum) {
			if (handle <= 2) {
				y0 = y1 - minimum;
			} else {
				y1 = y0 + minimum;
			}
		}
		return new Rectangle(x0, y0, x1 - x0, y1 - y0);
	}

	/** Draws the selected views' frames and handles, in diagram coordinates, a constant size on screen. */
	static void paint(DrawingSurface g, Scene scene, Collection<View> selection, double zoom, boolean reconnectable) {
		float handle = (float) (SIZE / zoom);
		g.setLineStyle(LineStyle.SOLID);
		for (View view : selection) {
			Object figure = scene.figureOf(view);
			if (figure instanceof NodeFigure n) {
				g.setForeground(HANDLE);
				g.setLineWidth((float) (1 / zoom));
				Rectangle s = n.shape();
				g.drawRectangle(s.x, s.y, s.width, s.height);
				g.setBackground(HANDLE);
				for (Point p : nodeHandles(s)) {
					g.fillRectangle(Math.round(p.x - handle / 2), Math.round(p.y - handle / 2), Math.round(handle),
							Math.round(handle));
				}
			} else if (figure instanceof EdgeFigure edge) {
				g.setForeground(HANDLE);
				g.setLineWidth((float) (2.5 / zoom));
				g.setAlpha(120);
				g.drawPolyline(edge.route().points());
				g.setAlpha(255);
				g.setBackground(HANDLE);
				for (var b : edge.view().getBendpoints()) {
					g.fillOval(Math.round(b.getX() - handle / 2), Math.round(b.getY() - handle / 2), Math.round(handle),
							Math.round(handle));
				}
				if (reconnectable) {
					g.setLineWidth((float) (1.5 / zoom));
					Polyline route = edge.route();
					for (int i : new int[]{0, route.size() - 1}) {
						g.drawRectangle(Math.round(route.x(i) - handle / 2), Math.round(route.y(i) - handle / 2),
								Math.round(handle), Math.round(handle));
					}
				}
			} else if (figure instanceof PortFigure p) {
				g.setForeground(HANDLE);
				g.setLineWidth((float) (1.5 / zoom));
				Rectangle s = p.shape();
				g.drawRectangle(s.x - 2, s.y - 2, s.width + 4, s.height + 4);
			}
		}
	}
}
