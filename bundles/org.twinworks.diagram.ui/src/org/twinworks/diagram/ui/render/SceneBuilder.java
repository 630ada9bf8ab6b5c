// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
import org.twinworks.diagram.notation.Label;
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
			EdgeFigure figure = edgeFigure(edge, hidden, anchors::get, orphans);
			if (figure != null) {
				edges.add(figure);
			}
		}
		return new Scene(nodes, edges, ports, orphans);
	}

	/**
	 * The scene after changes to the notation only — {@code touched} views moved, resized, restyled or relabelled,
	 * edges rerouted or reconnected — without resolving the whole diagram again: only the touched views, the
	 * contents of touched nodes and the edges at any of them are built again; every other figure is shared with
	 * {@code before}. Equal to {@link #build(Diagram)} for such changes (a test compares them after sequences of
	 * edits); when a change turns out to be more than that (a view orphaned, an edge appearing or disappearing), the
	 * whole scene is built.
	 */
	public Scene update(Scene before, Diagram diagram, Collection<? extends View> touched) {
		Set<String> hidden = new HashSet<>(diagram.getHiddenLayers());
		Set<Node> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<View> ports = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<Edge> edges = Collections.newSetFromMap(new IdentityHashMap<>());
		for (View view : touched) {
			switch (view) {
			case Node node -> {
				nodes.add(node);
				node.eAllContents().forEachRemaining(o -> {
					if (o instanceof Node child) {
						nodes.add(child);
					} else if (o instanceof Port port) {
						ports.add(port);
					}
				});
				ports.addAll(node.getPorts());
			}
			case Port port -> ports.add(port);
			case Edge edge -> edges.add(edge);
			default -> {
				return build(diagram);
			}
			}
		}
		Map<View, Object> changed = new IdentityHashMap<>();
		List<View> orphans = new ArrayList<>();
		// parents before children: a child's origin is its parent's new position
		List<Node> ordered = new ArrayList<>(nodes);
		ordered.sort(Comparator.comparingInt(SceneBuilder::depthOf));
		for (Node node : ordered) {
			if (!(before.figureOf(node) instanceof NodeFigure old)) {
				continue; // hidden or orphaned, and so is everything inside it
			}
			Rectangle origin = node.eContainer() instanceof Node parent
					? shapeOf(parent, before, changed)
					: new Rectangle(0, 0, 0, 0);
			NodeFigure figure = nodeFigure(node, origin.x, origin.y, old.depth(), hidden, orphans);
			if (figure == null) {
				return build(diagram);
			}
			changedIfDifferent(changed, node, old, figure);
		}
		for (View view : ports) {
			Port port = (Port) view;
			if (!(before.figureOf(port) instanceof PortFigure old)) {
				continue;
			}
			PortFigure figure = portFigure(port, shapeOf((Node) port.eContainer(), before, changed), orphans);
			if (figure == null) {
				return build(diagram);
			}
			changedIfDifferent(changed, port, old, figure);
		}
		for (Edge edge : diagram.getEdges()) {
			if (changed.containsKey(edge.getSource()) || changed.containsKey(edge.getTarget())) {
				edges.add(edge);
			}
		}
		for (Edge edge : edges) {
			Object old = before.figureOf(edge);
			EdgeFigure figure = edgeFigure(edge, hidden, v -> changed.getOrDefault(v, before.figureOf(v)), orphans);
			if ((figure != null) != (old != null) || !orphans.isEmpty()) {
				return build(diagram); // an edge appears or disappears: its place in the paint order is the build's
			}
			if (figure != null) {
				changedIfDifferent(changed, edge, old, figure);
			}
		}
		return changed.isEmpty() ? before : before.replacing(changed);
	}

	/** A figure equal to the one it would replace is no change: nothing to repaint, nothing at it to redo. */
	private static void changedIfDifferent(Map<View, Object> changed, View view, Object old, Object figure) {
		if (!figure.equals(old)) {
			changed.put(view, figure);
		}
	}

	private static int depthOf(Node node) {
		int depth = 0;
		for (var o = node.eContainer(); o instanceof Node; o = o.eContainer()) {
			depth++;
		}
		return depth;
	}

	private static Rectangle shapeOf(Node node, Scene before, Map<View, Object> changed) {
		Object figure = changed.getOrDefault(node, before.figureOf(node));
		return ((NodeFigure) figure).shape();
	}

	private @Nullable EdgeFigure edgeFigure(Edge edge, Set<String> hidden, Function<View, Object> anchors,
			List<View> orphans) {
		EObject element = resolver.resolve(edge.getElement());
		Optional<EdgeMapping> mapping = description.edgeMapping(edge.getMapping());
		if (element == null || mapping.isEmpty()) {
			orphans.add(edge);
			return null;
		}
		if (hidden.contains(mapping.get().layer())) {
			return null;
		}
		Object from = anchors.apply(edge.getSource());
		Object to = anchors.apply(edge.getTarget());
		if (from == null || to == null) {
			return null; // an end is hidden or orphaned: the edge would point nowhere
		}
		StyleSpec style = override(mapping.get().style(element), edge.getStyle());
		Label label = edge.getLabel();
		String text = label != null && !label.isVisible() ? "" : mapping.get().labelText(element);
		return new EdgeFigure(edge, element, mapping.get(), route(edge, from, to), style, text, mapping.get().arrow(),
				label == null ? 0 : label.getDx(), label == null ? 0 : label.getDy());
	}

	private void addNode(Node node, int originX, int originY, int depth, Set<String> hidden, List<NodeFigure> nodes,
			List<PortFigure> ports, List<View> orphans, Map<View, Object> anchors) {
		int orphaned = orphans.size();
		NodeFigure figure = nodeFigure(node, originX, originY, depth, hidden, orphans);
		if (figure == null) {
			if (orphans.size() > orphaned) {
				collectOrphans(node, orphans);
			}
			return;
		}
		nodes.add(figure);
		anchors.put(node, figure);
		for (Port port : node.getPorts()) {
			PortFigure portFigure = portFigure(port, figure.shape(), orphans);
			if (portFigure != null) {
				ports.add(portFigure);
				anchors.put(port, portFigure);
			}
		}
		for (Node child : node.getChildren()) {
			addNode(child, figure.shape().x, figure.shape().y, depth + 1, hidden, nodes, ports, orphans, anchors);
		}
	}

	/** A node's figure, or null when its layer is hidden or it is an orphan (then added to {@code orphans}). */
	private @Nullable NodeFigure nodeFigure(Node node, int originX, int originY, int depth, Set<String> hidden,
			List<View> orphans) {
		EObject element = resolver.resolve(node.getElement());
		Optional<NodeMapping> found = description.nodeMapping(node.getMapping());
		if (element == null || found.isEmpty()) {
			orphans.add(node);
			return null;
		}
		NodeMapping mapping = found.get();
		if (hidden.contains(mapping.layer())) {
			return null;
		}
		Rectangle shape = new Rectangle(originX + node.getX(), originY + node.getY(), Math.max(1, node.getWidth()),
				Math.max(1, node.getHeight()));
		StyleSpec style = override(mapping.style(element), node.getStyle());
		String symbol = mapping.symbol(element);
		String label = mapping.labelText(element);
		Rectangle labelBox = labelBox(node, mapping, symbol, label, shape, style);
		return new NodeFigure(node, element, mapping, shape, symbol, style, label, labelBox, depth,
				List.copyOf(decorations.decorationsFor(element)));
	}

	/** A port's figure on its node's shape, or null for an orphan (then added to {@code orphans}). */
	private @Nullable PortFigure portFigure(Port port, Rectangle nodeShape, List<View> orphans) {
		EObject portElement = resolver.resolve(port.getElement());
		Optional<PortMapping> portMapping = description.portMapping(port.getMapping());
		if (portElement == null || portMapping.isEmpty()) {
			orphans.add(port);
			return null;
		}
		int size = portMapping.get().size();
		var c = NotationCommands.portCenter(SwtGeometry.fromSwt(nodeShape), port);
		return new PortFigure(port, portElement, portMapping.get(),
				new Rectangle(c.x() - size / 2, c.y() - size / 2, size, size), port.getSide(),
				override(portMapping.get().style(), port.getStyle()));
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
