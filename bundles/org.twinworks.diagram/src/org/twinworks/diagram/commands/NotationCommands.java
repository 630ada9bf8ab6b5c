// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.notation.Bendpoint;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Label;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.NotationFactory;
import org.twinworks.diagram.notation.NotationPackage.Literals;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.Routing;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.notation.View;

/**
 * Every change to a diagram as an EMF command on the shared editing domain: undo in the diagram is undo in the
 * tree. Commands are built directly (the notation model has no item providers).
 */
public final class NotationCommands {

	private NotationCommands() {
	}

	public static Node node(String element, String mapping, int x, int y, int width, int height) {
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setElement(element);
		node.setMapping(mapping);
		node.setX(x);
		node.setY(y);
		node.setWidth(width);
		node.setHeight(height);
		return node;
	}

	public static Port port(String element, String mapping, Side side, int offset) {
		Port port = NotationFactory.eINSTANCE.createPort();
		port.setElement(element);
		port.setMapping(mapping);
		port.setSide(side);
		port.setOffset(offset);
		return port;
	}

	public static Edge edge(String element, String mapping, View source, View target) {
		Edge edge = NotationFactory.eINSTANCE.createEdge();
		edge.setElement(element);
		edge.setMapping(mapping);
		edge.setSource(source);
		edge.setTarget(target);
		edge.setRouting(Routing.ORTHOGONAL);
		return edge;
	}

	public static Command addNodes(EditingDomain domain, EObject parent, Collection<Node> nodes) {
		EStructuralFeature feature = parent instanceof Diagram ? Literals.DIAGRAM__NODES : Literals.NODE__CHILDREN;
		return new AddCommand(domain, parent, feature, nodes);
	}

	public static Command addEdges(EditingDomain domain, Diagram diagram, Collection<Edge> edges) {
		return new AddCommand(domain, diagram, Literals.DIAGRAM__EDGES, edges);
	}

	/** Moves nodes to new positions (relative to their parents), one undoable step. */
	public static Command move(EditingDomain domain, Map<Node, Point> positions) {
		CompoundCommand move = new CompoundCommand(
				positions.size() == 1 ? "Move" : "Move " + positions.size() + " Elements");
		positions.forEach((node, p) -> {
			if (node.getX() != p.x()) {
				move.append(new SetCommand(domain, node, Literals.NODE__X, p.x()));
			}
			if (node.getY() != p.y()) {
				move.append(new SetCommand(domain, node, Literals.NODE__Y, p.y()));
			}
		});
		return move.isEmpty() ? UnexecutableCommand.INSTANCE : move;
	}

	/** Moves nodes by a delta and shifts the bendpoints of edges whose both ends move with them. */
	public static Command moveBy(EditingDomain domain, Collection<Node> nodes, int dx, int dy) {
		Map<Node, Point> positions = new LinkedHashMap<>();
		for (Node node : nodes) {
			positions.put(node, new Point(node.getX() + dx, node.getY() + dy));
		}
		Command move = move(domain, positions);
		if (!move.canExecute() || nodes.isEmpty()) {
			return move;
		}
		CompoundCommand all = new CompoundCommand(move.getLabel());
		all.append(move);
		Diagram diagram = diagramOf(nodes.iterator().next());
		Set<View> moving = movingViews(nodes);
		for (Edge edge : diagram == null ? List.<Edge>of() : diagram.getEdges()) {
			if (!edge.getBendpoints().isEmpty() && moving.contains(edge.getSource())
					&& moving.contains(edge.getTarget())) {
				List<Point> shifted = new ArrayList<>();
				edge.getBendpoints().forEach(b -> shifted.add(new Point(b.getX() + dx, b.getY() + dy)));
				all.append(bendpoints(domain, edge, shifted));
			}
		}
		return all;
	}

	private static Set<View> movingViews(Collection<Node> nodes) {
		Set<View> views = new LinkedHashSet<>();
		for (Node node : nodes) {
			node.eAllContents().forEachRemaining(o -> {
				if (o instanceof View v) {
					views.add(v);
				}
			});
			views.add(node);
		}
		return views;
	}

	public static Command resize(EditingDomain domain, Node node, Bounds bounds) {
		CompoundCommand resize = new CompoundCommand("Resize");
		resize.append(new SetCommand(domain, node, Literals.NODE__X, bounds.x()));
		resize.append(new SetCommand(domain, node, Literals.NODE__Y, bounds.y()));
		resize.append(new SetCommand(domain, node, Literals.NODE__WIDTH, Math.max(4, bounds.width())));
		resize.append(new SetCommand(domain, node, Literals.NODE__HEIGHT, Math.max(4, bounds.height())));
		return resize;
	}

	/** Replaces an edge's bendpoints (absolute diagram coordinates). */
	public static Command bendpoints(EditingDomain domain, Edge edge, List<Point> points) {
		List<Bendpoint> bendpoints = new ArrayList<>();
		for (Point p : points) {
			Bendpoint b = NotationFactory.eINSTANCE.createBendpoint();
			b.setX(p.x());
			b.setY(p.y());
			bendpoints.add(b);
		}
		SetCommand set = new SetCommand(domain, edge, Literals.EDGE__BENDPOINTS, bendpoints);
		set.setLabel("Edit Bendpoints");
		return set;
	}

	/**
	 * Moves a view's label by a delta from where it is: the offset from where the mapping puts it is stored in the
	 * notation (a label object is added the first time), one undoable step.
	 */
	public static Command moveLabel(EditingDomain domain, View view, int dx, int dy) {
		if (dx == 0 && dy == 0) {
			return UnexecutableCommand.INSTANCE;
		}
		Label label = view.getLabel();
		Command move;
		if (label == null) {
			Label offset = NotationFactory.eINSTANCE.createLabel();
			offset.setDx(dx);
			offset.setDy(dy);
			move = new SetCommand(domain, view, Literals.VIEW__LABEL, offset);
		} else {
			CompoundCommand both = new CompoundCommand();
			both.append(new SetCommand(domain, label, Literals.LABEL__DX, label.getDx() + dx));
			both.append(new SetCommand(domain, label, Literals.LABEL__DY, label.getDy() + dy));
			move = both;
		}
		CompoundCommand result = new CompoundCommand("Move Label");
		result.append(move);
		return result;
	}

	/** Attaches one end of an edge to another view (the diagram side of a reconnection). */
	public static Command reconnect(EditingDomain domain, Edge edge, boolean source, View newEnd) {
		SetCommand set = new SetCommand(domain, edge, source ? Literals.EDGE__SOURCE : Literals.EDGE__TARGET, newEnd);
		set.setLabel("Reconnect");
		return set;
	}

	/**
	 * Removes views from the diagram (not their semantic elements), with the edges that would dangle: edges at
	 * removed nodes, their ports or their children.
	 */
	public static Command removeViews(EditingDomain domain, Collection<? extends View> views) {
		if (views.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Set<View> gone = new LinkedHashSet<>();
		for (View view : views) {
			gone.add(view);
			view.eAllContents().forEachRemaining(o -> {
				if (o instanceof View v) {
					gone.add(v);
				}
			});
		}
		Diagram diagram = diagramOf(views.iterator().next());
		Set<Edge> edges = new LinkedHashSet<>();
		for (View v : gone) {
			if (v instanceof Edge e) {
				edges.add(e);
			}
		}
		if (diagram != null) {
			for (Edge edge : diagram.getEdges()) {
				if (gone.contains(edge.getSource()) || gone.contains(edge.getTarget())) {
					edges.add(edge);
				}
			}
		}
		CompoundCommand remove = new CompoundCommand("Delete from Diagram");
		if (!edges.isEmpty()) {
			remove.append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__EDGES, edges));
		}
		// only the outermost views: their children go with them
		Map<EObject, List<View>> byOwner = new LinkedHashMap<>();
		for (View view : views) {
			if (view instanceof Edge || hasAncestorIn(view, gone)) {
				continue;
			}
			byOwner.computeIfAbsent(view.eContainer(), k -> new ArrayList<>()).add(view);
		}
		byOwner.forEach((owner, owned) -> remove
				.append(new RemoveCommand(domain, owner, owned.get(0).eContainingFeature(), owned)));
		return remove.isEmpty() ? UnexecutableCommand.INSTANCE : remove;
	}

	private static boolean hasAncestorIn(View view, Set<View> views) {
		for (EObject o = view.eContainer(); o != null; o = o.eContainer()) {
			if (views.contains(o)) {
				return true;
			}
		}
		return false;
	}

	public static Command hideLayer(EditingDomain domain, Diagram diagram, String layer, boolean hidden) {
		List<String> layers = new ArrayList<>(diagram.getHiddenLayers());
		layers.remove(layer);
		if (hidden) {
			layers.add(layer);
		}
		SetCommand set = new SetCommand(domain, diagram, Literals.DIAGRAM__HIDDEN_LAYERS, layers);
		set.setLabel(hidden ? "Hide Layer" : "Show Layer");
		return set;
	}

	public static @Nullable Diagram diagramOf(EObject view) {
		for (EObject o = view; o != null; o = o.eContainer()) {
			if (o instanceof Diagram d) {
				return d;
			}
		}
		return null;
	}

	/** Absolute bounds of a node (positions are relative to parent nodes). */
	public static Bounds absoluteBounds(Node node) {
		int x = node.getX(), y = node.getY();
		for (EObject o = node.eContainer(); o instanceof Node parent; o = parent.eContainer()) {
			x += parent.getX();
			y += parent.getY();
		}
		return new Bounds(x, y, node.getWidth(), node.getHeight());
	}

	/** Centre of a port: on its side of the node, {@code offset} along it, clamped to the side. */
	public static Point portCenter(Bounds shape, Port port) {
		return switch (port.getSide()) {
		case NORTH -> new Point(shape.x() + clamp(port.getOffset(), shape.width()), shape.y());
		case SOUTH -> new Point(shape.x() + clamp(port.getOffset(), shape.width()), shape.y() + shape.height());
		case WEST -> new Point(shape.x(), shape.y() + clamp(port.getOffset(), shape.height()));
		case EAST -> new Point(shape.x() + shape.width(), shape.y() + clamp(port.getOffset(), shape.height()));
		};
	}

	private static int clamp(int offset, int length) {
		return Math.max(0, Math.min(length, offset));
	}
}
