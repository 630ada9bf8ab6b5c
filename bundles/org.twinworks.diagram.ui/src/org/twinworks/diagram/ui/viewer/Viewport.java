// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/** Zoom and scroll position: which part of the diagram the canvas shows. Diagram ↔ screen conversions. */
public final class Viewport {
	public static final double MIN_ZOOM = 0.1;
	public static final double MAX_ZOOM = 4.0;

	private double zoom = 1.0;
	/** Diagram coordinates at the canvas' top-left corner. */
	private double originX;
	private double originY;

	public double zoom() {
		return zoom;
	}

	public double originX() {
		return originX;
	}

	public double originY() {
		return originY;
	}

	/** Sets the zoom keeping the diagram point under screen point (sx, sy) where it is. */
	public void zoomAt(double newZoom, int sx, int sy) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double dx = originX + sx / zoom;
		double dy = originY + sy / zoom;
		zoom = clamped;
		originX = dx - sx / zoom;
		originY = dy - sy / zoom;
	}

	public void scrollTo(double x, double y) {
		originX = x;
		originY = y;
	}

	/** Zoom and origin that show {@code area} whole and centred in a canvas of {@code width × height}. */
	public void fit(Rectangle area, int width, int height) {
		if (area.width <= 0 || area.height <= 0 || width <= 0 || height <= 0) {
			zoom = 1;
			originX = area.x;
			originY = area.y;
			return;
		}
		zoom = Math.max(MIN_ZOOM,
				Math.min(MAX_ZOOM, Math.min(width / (double) area.width, height / (double) area.height)));
		originX = area.x - (width / zoom - area.width) / 2;
		originY = area.y - (height / zoom - area.height) / 2;
	}

	public Point toDiagram(int sx, int sy) {
		return new Point((int) Math.floor(originX + sx / zoom), (int) Math.floor(originY + sy / zoom));
	}

	public Point toScreen(int dx, int dy) {
		return new Point((int) Math.round((dx - originX) * zoom), (int) Math.round((dy - originY) * zoom));
	}

	/** Screen rectangle covering a diagram rectangle (rounded outward). */
	public Rectangle toScreen(Rectangle r) {
		int x0 = (int) Math.floor((r.x - originX) * zoom) - 1;
		int y0 = (int) Math.floor((r.y - originY) * zoom) - 1;
		int x1 = (int) Math.ceil((r.x + r.width - originX) * zoom) + 1;
		int y1 = (int) Math.ceil((r.y + r.height - originY) * zoom) + 1;
		return new Rectangle(x0, y0, x1 - x0, y1 - y0);
	}

	/** Diagram rectangle covering a screen rectangle (rounded outward). */
	public Rectangle toDiagram(Rectangle r) {
		int x0 = (int) Math.floor(originX + r.x / zoom) - 1;
		int y0 = (int) Math.floor(originY + r.y / zoom) - 1;
		int x1 = (int) Math.ceil(originX + (r.x + r.width) / zoom) + 1;
		int y1 = (int) Math.ceil(originY + (r.y + r.height) / zoom) + 1;
		return new Rectangle(x0, y0, x1 - x0, y1 - y0);
	}
}
