// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.LabelPosition;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.PortMapping;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Bendpoint;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.Routing;
import org.twinworks.diagram.notation.Style;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.overlay.DecorationProvider;

/** Interprets a diagram's views through its description: the one place where mappings meet notation. */
public final class SceneBuilder {
	private static final int PORT_LEAD = 12;

	private final DiagramDescription description;
	private final SemanticResolver resolver;
	private final SymbolLibrary symbols;
	private DecorationProvider decorations = e -> List.of();

	public SceneBuilder(DiagramDescription description, SemanticResolver resolver, SymbolLibrary symbols) {
		this.description = description;
		this.resolver = resolver;
		this.symbols = symbols;
	}

	public SceneBuilder decorations(@Nullable DecorationProvider provider) {
		decorations = provider == null ? e -> List.of() : provider;
		return this;
	}

	public DiagramDescription description() {
		return description;
	}

	public SemanticResolver resolver() {
		return resolver;
	}

	public SymbolLibrary symbols() {
		return symbols;
	}

	public Scene build(Diagram diagram) {
		Set<String> hidden = new HashSet<>(diagram.getHiddenLayers());
		List<NodeFigure> nodes = new ArrayList<>();
		List<PortFigure> ports = new ArrayList<>();
		List<View> orphans = new ArrayList<>();
		Map<View, Object> anchors = new IdentityHashMap<>();
		for (Node node : diagram.getNodes()) {
			addNode(node, 0, 0, 0, hidden, nodes, ports, orphans, anchors);
		}
		List<EdgeFigure> edges = new ArrayList<>();
		for (Edge edge : diagram.getEdges()) {
			EObject element = resolver.resolve(edge.getElement());
			Optional<EdgeMapping> mapping = description.edgeMapping(edge.getMapping());
			if (element == null || mapping.isEmpty()) {
				orphans.add(edge);
				continue;
			}
			if (hidden.contains(mapping.get().layer())) {
				continue;
			}
			Object from = anchors.get(edge.getSource());
			Object to = anchors.get(edge.getTarget());
			if (from == null || to == null) {
				continue; // an end is hidden or orphaned: the edge would point nowhere
			}
			StyleSpec style = override(mapping.get().style(element), edge.getStyle());
			edges.add(new EdgeFigure(edge, element, mapping.get(), route(edge, from, to), style,
					mapping.get().labelText(element), mapping.get().arrow()));
		}
		return new Scene(nodes, edges, ports, orphans);
	}

	private void addNode(Node node, int originX, int originY, int depth, Set<String> hidden, List<NodeFigure> nodes,
			List<PortFigure> ports, List<View> orphans, Map<View, Object> anchors) {
		EObject element = resolver.resolve(node.getElement());
		Optional<NodeMapping> found = description.nodeMapping(node.getMapping());
		if (element == null || found.isEmpty()) {
			orphans.add(node);
			collectOrphans(node, orphans);
			return;
		}
		NodeMapping mapping = found.get();
		if (hidden.contains(mapping.layer())) {
			return;
		}
		Rectangle shape = new Rectangle(originX + node.getX(), originY + node.getY(), Math.max(1, node.getWidth()),
				Math.max(1, node.getHeight()));
		StyleSpec style = override(mapping.style(element), node.getStyle());
		String symbol = mapping.symbol(element);
		String label = mapping.labelText(element);
		Rectangle labelBox = labelBox(node, mapping, symbol, label, shape, style);
		NodeFigure figure = new NodeFigure(node, element, mapping, shape, symbol, style, label, labelBox, depth,
				List.copyOf(decorations.decorationsFor(element)));
		nodes.add(figure);
		anchors.put(node, figure);
		for (Port port : node.getPorts()) {
			EObject portElement = resolver.resolve(port.getElement());
			Optional<PortMapping> portMapping = description.portMapping(port.getMapping());
			if (portElement == null || portMapping.isEmpty()) {
				orphans.add(port);
				continue;
			}
			int size = portMapping.get().size();
			var c = NotationCommands.portCenter(SwtGeometry.fromSwt(shape), port);
			PortFigure portFigure = new PortFigure(port, portElement, portMapping.get(),
					new Rectangle(c.x() - size / 2, c.y() - size / 2, size, size), port.getSide(),
					override(portMapping.get().style(), port.getStyle()));
			ports.add(portFigure);
			anchors.put(port, portFigure);
		}
		for (Node child : node.getChildren()) {
			addNode(child, shape.x, shape.y, depth + 1, hidden, nodes, ports, orphans, anchors);
		}
	}

	private static void collectOrphans(Node node, List<View> orphans) {
		orphans.addAll(node.getPorts());
		for (Node child : node.getChildren()) {
			orphans.add(child);
			collectOrphans(child, orphans);
		}
	}

	private @Nullable Rectangle labelBox(Node node, NodeMapping mapping, String symbol, String label, Rectangle shape,
			StyleSpec style) {
		if (label.isEmpty() || mapping.labelPosition() == LabelPosition.NONE || symbols.get(symbol).drawsLabel()
				|| (node.getLabel() != null && !node.getLabel().isVisible())) {
			return null;
		}
		int width = TextMetrics.estimateWidth(label, style.fontSize(), false);
		int height = TextMetrics.lineHeight(style.fontSize());
		int dx = node.getLabel() == null ? 0 : node.getLabel().getDx();
		int dy = node.getLabel() == null ? 0 : node.getLabel().getDy();
		return switch (mapping.labelPosition()) {
		case BELOW ->
			new Rectangle(shape.x + shape.width / 2 - width / 2 + dx, shape.y + shape.height + 2 + dy, width, height);
		case CENTER -> new Rectangle(shape.x + shape.width / 2 - width / 2 + dx,
				shape.y + shape.height / 2 - height / 2 + dy, width, height);
		case TOP_LEFT -> new Rectangle(shape.x + 6 + dx, shape.y + 4 + dy, width, height);
		case NONE -> null;
		};
	}

	static StyleSpec override(StyleSpec base, Style style) {
		if (style == null) {
			return base;
		}
		StyleSpec result = base;
		if (StyleSpec.parseColour(style.getFill()) != null) {
			result = result.withFill(StyleSpec.parseColour(style.getFill()));
		}
		if (StyleSpec.parseColour(style.getStroke()) != null) {
			result = result.withStroke(StyleSpec.parseColour(style.getStroke()));
		}
		if (style.getLineWidth() > 0) {
			result = result.withLineWidth(style.getLineWidth());
		}
		if (style.getFontSize() > 0) {
			result = result.withFontSize(style.getFontSize());
		}
		return result;
	}

	/** Anchors, bendpoints, and for an orthogonal edge without bendpoints a three-segment Manhattan route. */
	static Polyline route(Edge edge, Object from, Object to) {
		List<Point> bends = new ArrayList<>();
		for (Bendpoint b : edge.getBendpoints()) {
			bends.add(new Point(b.getX(), b.getY()));
		}
		Point toward = bends.isEmpty() ? centre(to) : bends.get(0);
		Point back = bends.isEmpty() ? centre(from) : bends.get(bends.size() - 1);
		Point start = anchor(from, toward);
		Point end = anchor(to, back);
		List<Point> points = new ArrayList<>();
		points.add(start);
		if (bends.isEmpty() && edge.getRouting() == Routing.ORTHOGONAL) {
			Point a = lead(from, start);
			Point b = lead(to, end);
			if (!a.equals(start)) {
				points.add(a);
			}
			boolean horizontal = Math.abs(b.x - a.x) >= Math.abs(b.y - a.y);
			if (horizontal) {
				int mx = (a.x + b.x) / 2;
				points.add(new Point(mx, a.y));
				points.add(new Point(mx, b.y));
			} else {
				int my = (a.y + b.y) / 2;
				points.add(new Point(a.x, my));
				points.add(new Point(b.x, my));
			}
			if (!b.equals(end)) {
				points.add(b);
			}
		} else {
			points.addAll(bends);
		}
		points.add(end);
		if (edge.getRouting() == Routing.ORTHOGONAL && !bends.isEmpty()) {
			points = squared(points);
		}
		int[] xy = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			xy[2 * i] = points.get(i).x;
			xy[2 * i + 1] = points.get(i).y;
		}
		return new Polyline(xy);
	}

	/**
	 * An orthogonal edge stays orthogonal whatever its bendpoints: a diagonal step between two points becomes a
	 * horizontal then a vertical segment (a dragged bendpoint moves a corner, never tilts a pipe).
	 */
	private static List<Point> squared(List<Point> points) {
		List<Point> result = new ArrayList<>(points.size() * 2);
		result.add(points.get(0));
		for (int i = 1; i < points.size(); i++) {
			Point p = result.get(result.size() - 1);
			Point q = points.get(i);
			if (p.x != q.x && p.y != q.y) {
				result.add(new Point(q.x, p.y));
			}
			if (!q.equals(result.get(result.size() - 1))) {
				result.add(q);
			}
		}
		return result;
	}

	private static Point centre(Object figure) {
		if (figure instanceof PortFigure p) {
			return p.center();
		}
		Rectangle r = ((NodeFigure) figure).shape();
		return new Point(r.x + r.width / 2, r.y + r.height / 2);
	}

	/** Where a line toward {@code toward} leaves a figure: a port's centre, or a node's border. */
	private static Point anchor(Object figure, Point toward) {
		if (figure instanceof PortFigure p) {
			return p.center();
		}
		Rectangle r = ((NodeFigure) figure).shape();
		double cx = r.x + r.width / 2.0, cy = r.y + r.height / 2.0;
		double dx = toward.x - cx, dy = toward.y - cy;
		if (dx == 0 && dy == 0) {
			return new Point((int) cx, (int) cy);
		}
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (r.width / 2.0) / Math.abs(dx),
				dy == 0 ? Double.MAX_VALUE : (r.height / 2.0) / Math.abs(dy));
		return new Point((int) Math.round(cx + dx * scale), (int) Math.round(cy + dy * scale));
	}

	/** A short straight piece out of a port, perpendicular to its side, so pipes leave nozzles cleanly. */
	private static Point lead(Object figure, Point anchor) {
		if (!(figure instanceof PortFigure p)) {
			return anchor;
		}
		return switch (p.side()) {
		case NORTH -> new Point(anchor.x, anchor.y - PORT_LEAD);
		case SOUTH -> new Point(anchor.x, anchor.y + PORT_LEAD);
		case WEST -> new Point(anchor.x - PORT_LEAD, anchor.y);
		case EAST -> new Point(anchor.x + PORT_LEAD, anchor.y);
		};
	}
}
