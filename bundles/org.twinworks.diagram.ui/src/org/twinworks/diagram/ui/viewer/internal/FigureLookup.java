// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.diagram.overlay.ProbeProvider;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.PortFigure;
import org.twinworks.diagram.ui.render.Scene;

/** What is at a diagram point of a scene: the figure a click hits, the container a drop lands in, the tooltip. */
public final class FigureLookup {

	private FigureLookup() {
	}

	/** The topmost figure at a point (ports over nodes over edges over containers), or null. */
	public static Object hit(Scene scene, Point at, double zoom) {
		double tolerance = Math.max(2, 4 / zoom);
		Rectangle probe = new Rectangle(at.x - (int) tolerance - 1, at.y - (int) tolerance - 1, 2 * (int) tolerance + 2,
				2 * (int) tolerance + 2);
		List<Object> candidates = scene.figuresIn(probe);
		Object container = null;
		for (int i = candidates.size() - 1; i >= 0; i--) {
			Object figure = candidates.get(i);
			switch (figure) {
			case PortFigure p -> {
				Rectangle s = p.shape();
				if (new Rectangle(s.x - 2, s.y - 2, s.width + 4, s.height + 4).contains(at)) {
					return p;
				}
			}
			case NodeFigure n -> {
				if (n.shape().contains(at) || (n.labelBox() != null && !n.isContainer() && n.labelBox().contains(at))) {
					if (!n.isContainer()) {
						return n;
					}
					if (container == null) {
						container = n;
					}
				}
			}
			case EdgeFigure e -> {
				if (e.route().distanceTo(at.x, at.y) <= tolerance) {
					return e;
				}
			}
			default -> {
			}
			}
		}
		return container;
	}

	/**
	 * The node or edge whose label is at a point, or null: a node's label outside its shape (a label inside the
	 * shape is grabbed with the node), an edge's label anywhere. Containers' titles are not dragged.
	 */
	public static Object labelAt(Scene scene, Point at) {
		List<Object> candidates = scene.figuresIn(new Rectangle(at.x - 1, at.y - 1, 3, 3));
		for (int i = candidates.size() - 1; i >= 0; i--) {
			switch (candidates.get(i)) {
			case NodeFigure n when !n.isContainer() && n.labelBox() != null && n.labelBox().contains(at)
					&& !n.shape().contains(at) -> {
				return n;
			}
			case EdgeFigure e when !e.label().isEmpty() && e.labelBox().contains(at) -> {
				return e;
			}
			default -> {
			}
			}
		}
		return null;
	}

	/** The innermost container node at a point, or null. */
	public static Node containerAt(Scene scene, Point at) {
		Node best = null;
		int depth = -1;
		for (Object figure : scene.figuresIn(new Rectangle(at.x, at.y, 1, 1))) {
			if (figure instanceof NodeFigure n && n.isContainer() && n.shape().contains(at) && n.depth() > depth) {
				best = n.view();
				depth = n.depth();
			}
		}
		return best;
	}

	/** The decorations' messages under the point, else the probe's text for the node there; null for none. */
	public static String tooltip(Scene scene, Point at, double zoom, ProbeProvider probe) {
		String tip = null;
		for (Object figure : scene.figuresIn(new Rectangle(at.x - 1, at.y - 1, 3, 3))) {
			if (figure instanceof NodeFigure n && !n.decorations().isEmpty() && n.decorationBox().contains(at)) {
				StringBuilder text = new StringBuilder();
				for (Decoration d : n.decorations()) {
					if (!text.isEmpty()) {
						text.append('\n');
					}
					text.append(d.severity()).append(": ").append(d.message());
				}
				tip = text.toString();
			}
		}
		if (tip == null && probe != null && hit(scene, at, zoom) instanceof NodeFigure n && !n.isContainer()) {
			tip = probe.probeFor(n.element());
		}
		return tip;
	}
}
