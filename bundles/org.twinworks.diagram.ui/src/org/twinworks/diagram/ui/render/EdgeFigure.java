// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Edge;

/**
 * An edge as drawn: its routed points (anchors and bendpoints), style, optional label (moved by the notation's
 * label offset) and flow arrow.
 */
public record EdgeFigure(Edge view, EObject element, EdgeMapping mapping, Polyline route, StyleSpec style, String label,
		boolean arrow, int labelDx, int labelDy) {

	/** An edge whose label sits where the route puts it. */
	public EdgeFigure(Edge view, EObject element, EdgeMapping mapping, Polyline route, StyleSpec style, String label,
			boolean arrow) {
		this(view, element, mapping, route, style, label, arrow, 0, 0);
	}

	public Rectangle damage() {
		Rectangle r = route.bounds();
		int pad = 8 + Math.round(style.lineWidth());
		Rectangle result = new Rectangle(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad);
		if (!label.isEmpty()) {
			result = result.union(labelBox());
		}
		return result;
	}

	/**
	 * What a change of this edge damages, segment by segment: a long line across the drawing damages thin strips,
	 * not its whole bounding box.
	 */
	public java.util.List<Rectangle> damageRegions() {
		java.util.List<Rectangle> regions = new java.util.ArrayList<>(route.size());
		int pad = 8 + Math.round(style.lineWidth());
		for (int i = 0; i + 1 < route.size(); i++) {
			int x0 = Math.min(route.x(i), route.x(i + 1)), x1 = Math.max(route.x(i), route.x(i + 1));
			int y0 = Math.min(route.y(i), route.y(i + 1)), y1 = Math.max(route.y(i), route.y(i + 1));
			regions.add(new Rectangle(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad));
		}
		if (!label.isEmpty()) {
			regions.add(labelBox());
		}
		return regions;
	}

	/** The label sits above the middle of the longest segment, moved by the label offset. */
	public Rectangle labelBox() {
		int best = route.longestSegment();
		int mx = (route.x(best) + route.x(best + 1)) / 2;
		int my = (route.y(best) + route.y(best + 1)) / 2;
		int size = style.fontSize() - 1;
		int width = TextMetrics.estimateWidth(label, size, false);
		return new Rectangle(mx - width / 2 + labelDx, my - TextMetrics.lineHeight(size) - 1 + labelDy, width,
				TextMetrics.lineHeight(size));
	}
}
