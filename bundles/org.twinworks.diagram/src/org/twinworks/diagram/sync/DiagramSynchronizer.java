// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.commands.DeferredCommand;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.PortMapping;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.notation.View;

/**
 * Keeps a diagram in step with its semantic model: which mapped elements have no view yet ("show all"),
 * which views show elements that are gone (pruned), and the views a newly shown element gets (its ports, the
 * edges to what is already shown).
 */
public final class DiagramSynchronizer {
	private static final int GAP = 40;

	private final DiagramDescription description;
	private final SemanticResolver resolver;

	public DiagramSynchronizer(DiagramDescription description, SemanticResolver resolver) {
		this.description = description;
		this.resolver = resolver;
	}

	/** Semantic elements a mapping would show that have no view, per mapping (top-level and container children). */
	public Map<NodeMapping, List<EObject>> missingNodes(Diagram diagram) {
		Map<NodeMapping, List<EObject>> missing = new LinkedHashMap<>();
		Set<String> shown = shownElements(diagram);
		EObject root = resolver.resolve(diagram.getElement());
		if (root == null) {
			return missing;
		}
		for (NodeMapping mapping : description.nodeMappings()) {
			collectMissing(mapping, root, shown, missing);
		}
		for (Node node : allNodes(diagram)) {
			EObject element = resolver.resolve(node.getElement());
			description.nodeMapping(node.getMapping()).ifPresent(m -> {
				for (NodeMapping child : m.children()) {
					if (element != null) {
						collectMissing(child, element, shown, missing);
					}
				}
			});
		}
		return missing;
	}

	private void collectMissing(NodeMapping mapping, EObject parent, Set<String> shown,
			Map<NodeMapping, List<EObject>> missing) {
		for (EObject candidate : mapping.candidates(parent)) {
			if (!shown.contains(resolver.idOf(candidate))) {
				missing.computeIfAbsent(mapping, m -> new ArrayList<>()).add(candidate);
			}
		}
	}

	/** Edges the mappings would draw between elements already shown, that are not drawn yet. */
	public List<Edge> missingEdges(Diagram diagram) {
		EObject root = resolver.resolve(diagram.getElement());
		if (root == null) {
			return List.of();
		}
		Map<String, View> views = viewsByElement(diagram);
		// one element can be drawn by several edge mappings (a loop's measurement and its output)
		Set<String> drawn = new HashSet<>();
		diagram.getEdges().forEach(e -> drawn.add(e.getMapping() + " " + e.getElement()));
		List<Edge> edges = new ArrayList<>();
		for (EdgeMapping mapping : description.edgeMappings()) {
			for (EObject candidate : mapping.candidates(root)) {
				String id = resolver.idOf(candidate);
				if (drawn.contains(mapping.id() + " " + id)) {
					continue;
				}
				View source = views.get(resolver.idOf(mapping.sourceOf(candidate)));
				View target = views.get(resolver.idOf(mapping.targetOf(candidate)));
				if (source != null && target != null) {
					edges.add(NotationCommands.edge(id, mapping.id(), source, target));
					drawn.add(mapping.id() + " " + id);
				}
			}
		}
		return edges;
	}

	/**
	 * Shows elements as nodes of the mappings that accept them under {@code parent} (the diagram, or a container
	 * node), starting at {@code at} and flowing right; adds their ports and the edges to what is shown.
	 */
	public Command show(EditingDomain domain, Diagram diagram, @Nullable EObject parentView,
			Collection<? extends EObject> elements, Point at) {
		EObject parentElement = parentView instanceof Node n
				? resolver.resolve(n.getElement())
				: resolver.resolve(diagram.getElement());
		List<NodeMapping> mappings = parentView instanceof Node n
				? description.nodeMapping(n.getMapping()).map(NodeMapping::children).orElse(List.of())
				: description.nodeMappings();
		Set<String> shown = shownElements(diagram);
		List<Node> nodes = new ArrayList<>();
		int x = at.x(), y = at.y(), rowHeight = 0, rowStart = at.x();
		int rowWidth = Math.max(600, (int) Math.sqrt(elements.size()) * 140);
		for (EObject element : elements) {
			String id = resolver.idOf(element);
			if (id == null || shown.contains(id)) {
				continue;
			}
			NodeMapping mapping = mappingFor(mappings, parentElement, element);
			if (mapping == null) {
				continue;
			}
			Node node = createNode(element, mapping, x, y);
			nodes.add(node);
			shown.add(id);
			x += node.getWidth() + GAP * 2;
			rowHeight = Math.max(rowHeight, node.getHeight());
			if (x - rowStart > rowWidth) {
				x = rowStart;
				y += rowHeight + GAP * 2;
				rowHeight = 0;
			}
		}
		if (nodes.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand show = new CompoundCommand(
				nodes.size() == 1 ? "Show Element" : "Show " + nodes.size() + " Elements");
		show.append(NotationCommands.addNodes(domain, parentView == null ? diagram : parentView, nodes));
		// edges are computed once the nodes are in the diagram
		show.append(new DeferredCommand("Show Connections", () -> {
			List<Edge> edges = missingEdges(diagram);
			return edges.isEmpty() ? null : NotationCommands.addEdges(domain, diagram, edges);
		}));
		return show;
	}

	/** Shows everything a mapping is missing, placed under the current drawing. */
	public Command showAll(EditingDomain domain, Diagram diagram, NodeMapping mapping, Bounds drawnExtent) {
		List<EObject> missing = missingNodes(diagram).getOrDefault(mapping, List.of());
		if (missing.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		// elements of child mappings go into the container nodes that show their parents
		Map<EObject, List<EObject>> byParentView = new LinkedHashMap<>();
		Map<EObject, Node> containerByElement = new HashMap<>();
		for (Node node : allNodes(diagram)) {
			EObject element = resolver.resolve(node.getElement());
			boolean container = description.nodeMapping(node.getMapping()).map(NodeMapping::isContainer).orElse(false);
			if (element != null && container) {
				containerByElement.put(element, node);
			}
		}
		boolean topLevel = description.nodeMappings().contains(mapping);
		for (EObject element : missing) {
			EObject parentView = topLevel ? null : nearestContainer(element, containerByElement);
			byParentView.computeIfAbsent(parentView, k -> new ArrayList<>()).add(element);
		}
		CompoundCommand all = new CompoundCommand("Show All " + mapping.label());
		byParentView.forEach((parentView, elements) -> {
			Point at = parentView instanceof Node n
					? new Point(20, Math.max(40, n.getHeight()))
					: new Point(drawnExtent.x(), drawnExtent.y() + drawnExtent.height() + GAP * 2);
			Command show = show(domain, diagram, parentView, elements, at);
			if (show.canExecute()) {
				all.append(show);
			}
		});
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}

	/** The container node that shows the nearest ancestor of an element (nested equipment goes beside its owner). */
	private static Node nearestContainer(EObject element, Map<EObject, Node> containerByElement) {
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			Node node = containerByElement.get(e);
			if (node != null) {
				return node;
			}
		}
		return null;
	}

	/** Removes views whose semantic element no longer exists (deleted, or the model changed outside). */
	public Command pruneOrphans(EditingDomain domain, Diagram diagram) {
		List<View> orphans = orphans(diagram);
		if (orphans.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Command remove = NotationCommands.removeViews(domain, orphans);
		return remove;
	}

	public List<View> orphans(Diagram diagram) {
		List<View> orphans = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof View v && (resolver.resolve(v.getElement()) == null || !mapped(v))) {
				orphans.add(v);
			}
		});
		return orphans;
	}

	private boolean mapped(View view) {
		return switch (view) {
		case Node n -> description.nodeMapping(n.getMapping()).isPresent();
		case Port p -> description.portMapping(p.getMapping()).isPresent();
		case Edge e -> description.edgeMapping(e.getMapping()).isPresent();
		default -> false;
		};
	}

	/** A node for {@code element} with the mapping's size and a port per port-mapping candidate. */
	public Node createNode(EObject element, NodeMapping mapping, int x, int y) {
		Node node = NotationCommands.node(resolver.idOf(element), mapping.id(), x, y, mapping.width(),
				mapping.height());
		for (PortMapping portMapping : mapping.ports()) {
			Map<Side, List<EObject>> bySide = new LinkedHashMap<>();
			for (EObject port : portMapping.candidatesOf(element)) {
				bySide.computeIfAbsent(portMapping.side().apply(port), s -> new ArrayList<>()).add(port);
			}
			bySide.forEach((side, ports) -> {
				int length = side == Side.NORTH || side == Side.SOUTH ? node.getWidth() : node.getHeight();
				for (int i = 0; i < ports.size(); i++) {
					int offset = length * (i + 1) / (ports.size() + 1);
					Port port = NotationCommands.port(resolver.idOf(ports.get(i)), portMapping.id(), side, offset);
					node.getPorts().add(port);
				}
			});
		}
		return node;
	}

	private NodeMapping mappingFor(List<NodeMapping> mappings, EObject parentElement, EObject element) {
		for (NodeMapping mapping : mappings) {
			if (parentElement != null && mapping.isCandidate(parentElement, element)) {
				return mapping;
			}
		}
		return null;
	}

	public static Set<String> shownElements(Diagram diagram) {
		Set<String> shown = new HashSet<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node || o instanceof Port) {
				shown.add(((View) o).getElement());
			}
		});
		return shown;
	}

	/** Node and port views by the UUID of what they show. */
	public static Map<String, View> viewsByElement(Diagram diagram) {
		Map<String, View> views = new HashMap<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node || o instanceof Port) {
				views.putIfAbsent(((View) o).getElement(), (View) o);
			}
		});
		return views;
	}

	public static List<Node> allNodes(Diagram diagram) {
		List<Node> nodes = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node n) {
				nodes.add(n);
			}
		});
		return nodes;
	}
}
