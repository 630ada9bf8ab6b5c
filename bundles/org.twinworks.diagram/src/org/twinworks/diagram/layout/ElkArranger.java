// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.NotationPackage.Literals;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.notation.View;

/**
 * Arrange with ELK Layered, left to right (the direction process flows on a P&ID), orthogonal edges,
 * containers laid out with their contents, ports kept where they are. Node boxes include room under the
 * symbol for the tag and the live value so labels do not collide.
 */
public final class ElkArranger {
	/** Space under a symbol for its label and live value. */
	private static final int LABEL_ROOM = 34;
	private static final int CONTAINER_TITLE = 28;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/** Above this many nodes, containers are laid out separately (see {@link #arrange}). */
	static final int HIERARCHICAL_LIMIT = 400;

	private boolean crossContainerEdges = true;
	private final Map<ElkNode, Node> nodes = new IdentityHashMap<>();
	private final Map<View, ElkNode> elkNodes = new IdentityHashMap<>();
	private final Map<View, ElkPort> elkPorts = new IdentityHashMap<>();
	private final Map<ElkEdge, Edge> edges = new LinkedHashMap<>();

	private java.util.function.Predicate<Edge> laidOut = e -> true;

	/** Lays out everything. */
	public static Command arrangeAll(EditingDomain domain, Diagram diagram) {
		return new ElkArranger().arrange(domain, diagram, diagram.getNodes(), false);
	}

	/**
	 * Lays out everything, routing only the edges on visible layers: hidden edges must not pull nodes apart,
	 * and lose their bendpoints (they are routed afresh when shown).
	 */
	public static Command arrangeAll(EditingDomain domain, Diagram diagram, DiagramDescription description) {
		ElkArranger arranger = new ElkArranger();
		arranger.laidOut = edge -> description.edgeMapping(edge.getMapping())
				.map(m -> !diagram.getHiddenLayers().contains(m.layer())).orElse(false);
		return arranger.arrange(domain, diagram, diagram.getNodes(), false);
	}

	/** Lays out the selected top-level nodes among themselves, keeping the group's top-left corner. */
	public static Command arrangeSelection(EditingDomain domain, Diagram diagram, Collection<Node> selection) {
		List<Node> roots = new ArrayList<>();
		for (Node n : selection) {
			if (n.eContainer() == diagram || !selection.contains(n.eContainer())) {
				roots.add(n);
			}
		}
		return new ElkArranger().arrange(domain, diagram, roots, true);
	}

	private Command arrange(EditingDomain domain, Diagram diagram, List<Node> roots, boolean keepOrigin) {
		if (roots.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		configure(graph);
		int size = countNodes(roots);
		// routing edges across containers (INCLUDE_CHILDREN) draws the best overviews but grows steeply; big
		// diagrams lay containers out one by one and leave cross-container edges to the automatic router
		crossContainerEdges = size <= HIERARCHICAL_LIMIT;
		graph.setProperty(CoreOptions.HIERARCHY_HANDLING,
				crossContainerEdges ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		Bounds before = null;
		for (Node node : roots) {
			Bounds r = NotationCommands.absoluteBounds(node);
			before = before == null ? r : before.union(r);
			add(node, graph);
		}
		List<Edge> skipped = new ArrayList<>();
		for (Edge edge : diagram.getEdges()) {
			if (!laidOut.test(edge)) {
				skipped.add(edge);
				continue;
			}
			ElkNode sourceNode = ownerIn(edge.getSource());
			ElkNode targetNode = ownerIn(edge.getTarget());
			if (sourceNode == null || targetNode == null || sourceNode == targetNode) {
				continue;
			}
			if (!crossContainerEdges && sourceNode.getParent() != targetNode.getParent()) {
				skipped.add(edge);
				continue;
			}
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(terminal(edge.getSource()), terminal(edge.getTarget()));
			ElkGraphUtil.updateContainment(elkEdge);
			edges.put(elkEdge, edge);
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		Command arrange = apply(domain, graph, keepOrigin && before != null ? new Point(before.x(), before.y()) : null);
		for (Edge edge : skipped) {
			if (!edge.getBendpoints().isEmpty()) {
				((CompoundCommand) arrange).append(NotationCommands.bendpoints(domain, edge, List.of()));
			}
		}
		return arrange;
	}

	private static int countNodes(List<Node> roots) {
		int count = 0;
		for (Node n : roots) {
			count += 1 + countNodes(n.getChildren());
		}
		return count;
	}

	private static void configure(ElkNode node) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 36.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
		node.setProperty(CoreOptions.SPACING_EDGE_NODE, 18.0);
		node.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
	}

	private void add(Node node, ElkNode parent) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		nodes.put(elk, node);
		elkNodes.put(node, elk);
		boolean container = !node.getChildren().isEmpty();
		if (container) {
			configure(elk);
			elk.setProperty(CoreOptions.PADDING, new ElkPadding(CONTAINER_TITLE + 10, 20, 20, 20));
			elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(node.getWidth(), 80));
			for (Node child : node.getChildren()) {
				add(child, elk);
			}
		} else {
			elk.setDimensions(node.getWidth(), node.getHeight() + LABEL_ROOM);
		}
		elk.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
		Bounds shape = new Bounds(0, 0, node.getWidth(), node.getHeight());
		for (Port port : node.getPorts()) {
			ElkPort elkPort = ElkGraphUtil.createPort(elk);
			Point c = NotationCommands.portCenter(shape, port);
			elkPort.setDimensions(8, 8);
			elkPort.setLocation(c.x() - 4, c.y() - 4);
			elkPort.setProperty(CoreOptions.PORT_SIDE, side(port.getSide()));
			elkPorts.put(port, elkPort);
		}
	}

	private static PortSide side(Side side) {
		return switch (side) {
		case NORTH -> PortSide.NORTH;
		case EAST -> PortSide.EAST;
		case SOUTH -> PortSide.SOUTH;
		case WEST -> PortSide.WEST;
		};
	}

	private org.eclipse.elk.graph.ElkConnectableShape terminal(View view) {
		return view instanceof Port ? elkPorts.get(view) : elkNodes.get(view);
	}

	private ElkNode ownerIn(View view) {
		if (view instanceof Port port) {
			return elkPorts.containsKey(port) ? elkNodes.get(port.eContainer()) : null;
		}
		return elkNodes.get(view);
	}

	private Command apply(EditingDomain domain, ElkNode graph, Point keepAt) {
		int shiftX = 0, shiftY = 0;
		if (keepAt != null) {
			double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
			for (ElkNode child : graph.getChildren()) {
				minX = Math.min(minX, child.getX());
				minY = Math.min(minY, child.getY());
			}
			shiftX = keepAt.x() - (int) Math.round(minX);
			shiftY = keepAt.y() - (int) Math.round(minY);
		}
		CompoundCommand arrange = new CompoundCommand("Arrange");
		for (Map.Entry<ElkNode, Node> entry : nodes.entrySet()) {
			ElkNode elk = entry.getKey();
			Node node = entry.getValue();
			boolean top = elk.getParent() == graph;
			int x = (int) Math.round(elk.getX()) + (top ? shiftX : 0);
			int y = (int) Math.round(elk.getY()) + (top ? shiftY : 0);
			arrange.append(new SetCommand(domain, node, Literals.NODE__X, x));
			arrange.append(new SetCommand(domain, node, Literals.NODE__Y, y));
			if (!elk.getChildren().isEmpty()) {
				arrange.append(new SetCommand(domain, node, Literals.NODE__WIDTH, (int) Math.round(elk.getWidth())));
				arrange.append(new SetCommand(domain, node, Literals.NODE__HEIGHT, (int) Math.round(elk.getHeight())));
			}
		}
		for (Map.Entry<ElkEdge, Edge> entry : edges.entrySet()) {
			ElkEdge elk = entry.getKey();
			double ox = shiftX, oy = shiftY;
			for (ElkNode n = elk.getContainingNode(); n != null && n != graph; n = n.getParent()) {
				ox += n.getX();
				oy += n.getY();
			}
			List<Point> points = new ArrayList<>();
			for (ElkEdgeSection section : elk.getSections()) {
				for (ElkBendPoint b : section.getBendPoints()) {
					points.add(new Point((int) Math.round(b.getX() + ox), (int) Math.round(b.getY() + oy)));
				}
			}
			arrange.append(NotationCommands.bendpoints(domain, entry.getValue(), points));
		}
		return arrange;
	}

	/** Nodes whose boxes overlap among the given siblings; what arrange must never produce. */
	public static List<Node[]> overlaps(List<Node> siblings) {
		List<Node[]> found = new ArrayList<>();
		for (int i = 0; i < siblings.size(); i++) {
			Bounds a = NotationCommands.absoluteBounds(siblings.get(i));
			for (int j = i + 1; j < siblings.size(); j++) {
				if (a.intersects(NotationCommands.absoluteBounds(siblings.get(j)))) {
					found.add(new Node[]{siblings.get(i), siblings.get(j)});
				}
			}
		}
		return found;
	}

}
