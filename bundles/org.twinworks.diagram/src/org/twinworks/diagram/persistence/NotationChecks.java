// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.core.persistence.AttributeLines;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.notation.Bendpoint;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.View;

/**
 * What a notation file must hold to be drawn right against its model: views whose elements the model has and
 * whose mappings the description knows, edges whose both ends are views of the same file, geometry in range and
 * nesting of sane depth. A diagram saved apart from its model (a crash between the two saves, a copy from another
 * version) fails here and is reported, instead of being drawn wrong.
 */
public final class NotationChecks {
	/** Coordinates and sizes beyond this are no drawing anyone made (and overflow once added up). */
	public static final int MAX_COORDINATE = 1_000_000;
	/** Containers nest a few levels in any real plant; a deeper file is broken or hostile. */
	public static final int MAX_DEPTH = 64;

	private final LoadedNotation loaded;
	private final DiagramDescription description;
	private final SemanticResolver resolver;
	private final List<Finding> findings = new ArrayList<>();

	private record Finding(String element, String message) {
	}

	private NotationChecks(LoadedNotation loaded, DiagramDescription description, SemanticResolver resolver) {
		this.loaded = loaded;
		this.description = description;
		this.resolver = resolver;
	}

	/** The problems of {@code loaded}'s diagrams of {@code description}'s kind, each with its line where known. */
	public static List<FileProblem> check(LoadedNotation loaded, DiagramDescription description,
			SemanticResolver resolver) {
		NotationChecks checks = new NotationChecks(loaded, description, resolver);
		for (Diagram diagram : loaded.diagrams()) {
			checks.diagram(diagram);
		}
		return checks.problems();
	}

	private void diagram(Diagram diagram) {
		String name = "diagram '" + diagram.getName() + "'";
		if (diagram.getDescription() != null && !diagram.getDescription().equals(description.id())) {
			findings.add(new Finding(diagram.getElement(), name + " is a '" + diagram.getDescription()
					+ "' diagram; this program draws '" + description.id() + "' diagrams"));
			return;
		}
		if (diagram.getElement() != null && resolver.resolve(diagram.getElement()) == null) {
			missing(diagram.getElement(), name);
		}
		Deque<Node> pending = new ArrayDeque<>(diagram.getNodes());
		Deque<Integer> depths = new ArrayDeque<>();
		diagram.getNodes().forEach(node -> depths.add(1));
		while (!pending.isEmpty()) {
			Node node = pending.poll();
			int depth = depths.poll();
			if (depth > MAX_DEPTH) {
				findings.add(new Finding(node.getElement(),
						name + " nests nodes deeper than " + MAX_DEPTH + " levels; the file is broken"));
				return;
			}
			node(name, node);
			for (Node child : node.getChildren()) {
				pending.add(child);
				depths.add(depth + 1);
			}
		}
		Set<EObject> inFile = new HashSet<>();
		loaded.resource().getAllContents().forEachRemaining(inFile::add);
		for (Edge edge : diagram.getEdges()) {
			edge(name, edge, inFile);
		}
	}

	private void node(String diagram, Node node) {
		String what = diagram + ": the node of mapping '" + node.getMapping() + "'";
		if (description.nodeMapping(node.getMapping()).isEmpty()) {
			findings.add(new Finding(node.getElement(), what + " has a mapping this diagram does not define"));
		}
		element(node, what);
		coordinate(node, what, "x", node.getX());
		coordinate(node, what, "y", node.getY());
		size(node, what, "width", node.getWidth());
		size(node, what, "height", node.getHeight());
		for (Port port : node.getPorts()) {
			String portWhat = diagram + ": the port of mapping '" + port.getMapping() + "'";
			if (description.portMapping(port.getMapping()).isEmpty()) {
				findings.add(new Finding(port.getElement(), portWhat + " has a mapping this diagram does not define"));
			}
			element(port, portWhat);
			if (Math.abs((long) port.getOffset()) > MAX_COORDINATE) {
				findings.add(new Finding(port.getElement(),
						portWhat + " has offset " + port.getOffset() + ", outside ±" + MAX_COORDINATE));
			}
		}
	}

	private void edge(String diagram, Edge edge, Set<EObject> inFile) {
		String what = diagram + ": the edge of mapping '" + edge.getMapping() + "'";
		if (description.edgeMapping(edge.getMapping()).isEmpty()) {
			findings.add(new Finding(edge.getElement(), what + " has a mapping this diagram does not define"));
		}
		element(edge, what);
		for (View end : new View[]{edge.getSource(), edge.getTarget()}) {
			if (end == null || end.eIsProxy() || !inFile.contains(end)) {
				findings.add(new Finding(edge.getElement(),
						what + " has its " + (end == edge.getSource() ? "source" : "target")
								+ " missing: it connects no view of this diagram (a dangling edge)"));
				break;
			}
		}
		for (Bendpoint point : edge.getBendpoints()) {
			if (Math.abs((long) point.getX()) > MAX_COORDINATE || Math.abs((long) point.getY()) > MAX_COORDINATE) {
				findings.add(new Finding(edge.getElement(), what + " has a bendpoint at (" + point.getX() + ", "
						+ point.getY() + "), outside ±" + MAX_COORDINATE));
				break;
			}
		}
	}

	private void element(View view, String what) {
		if (view.getElement() != null && resolver.resolve(view.getElement()) == null) {
			missing(view.getElement(), what);
		}
	}

	private void missing(String element, String what) {
		findings.add(new Finding(element, what + " shows element " + element + ", which the model does not have"
				+ " (the diagram was saved with another version of the model?)"));
	}

	private void coordinate(Node node, String what, String name, int value) {
		if (Math.abs((long) value) > MAX_COORDINATE) {
			findings.add(new Finding(node.getElement(),
					what + " has " + name + " = " + value + ", outside ±" + MAX_COORDINATE));
		}
	}

	private void size(Node node, String what, String name, int value) {
		if (value < 0 || value > MAX_COORDINATE) {
			findings.add(new Finding(node.getElement(),
					what + " has " + name + " = " + value + ", outside 0.." + MAX_COORDINATE));
		}
	}

	private List<FileProblem> problems() {
		Set<String> elements = new HashSet<>();
		findings.stream().map(Finding::element).filter(e -> e != null).forEach(elements::add);
		Map<String, List<Integer>> lines = AttributeLines.of(loaded.file(), "element", elements);
		return findings.stream()
				.map(finding -> new FileProblem(FileProblem.Severity.ERROR, loaded.file(),
						finding.element() == null ? 0 : AttributeLines.first(lines, finding.element()), 0,
						finding.message()))
				.toList();
	}
}
