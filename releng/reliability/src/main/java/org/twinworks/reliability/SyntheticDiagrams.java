// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.twinworks.diagram.notation.Bendpoint;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Label;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.NotationFactory;

/**
 * Diagrams of about {@code views} views (nodes with labels, a child in every fourth, edges with bendpoints): what a
 * large P&amp;ID's notation file holds, without needing its model.
 */
public final class SyntheticDiagrams {
	private static final NotationFactory F = NotationFactory.eINSTANCE;

	private SyntheticDiagrams() {
	}

	public static Diagram create(int views, long seed) {
		Random random = new Random(seed);
		Diagram diagram = F.createDiagram();
		diagram.setName("Synthetic diagram (" + views + " views)");
		diagram.setDescription("pid");
		diagram.setElement(uuid(random));
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; nodes.size() < views / 2; i++) {
			Node node = node(random, "equipment");
			if (i % 4 == 0) {
				node.getChildren().add(node(random, "instrument"));
			}
			diagram.getNodes().add(node);
			nodes.add(node);
		}
		for (int i = 1; i < nodes.size() && diagram.getEdges().size() < views / 2; i++) {
			Edge edge = F.createEdge();
			edge.setElement(uuid(random));
			edge.setMapping("connection");
			edge.setSource(nodes.get(i - 1));
			edge.setTarget(nodes.get(i));
			Bendpoint bend = F.createBendpoint();
			bend.setX(random.nextInt(20_000));
			bend.setY(random.nextInt(20_000));
			edge.getBendpoints().add(bend);
			diagram.getEdges().add(edge);
		}
		return diagram;
	}

	private static Node node(Random random, String mapping) {
		Node node = F.createNode();
		node.setElement(uuid(random));
		node.setMapping(mapping);
		node.setX(random.nextInt(20_000));
		node.setY(random.nextInt(20_000));
		node.setWidth(40 + random.nextInt(80));
		node.setHeight(40 + random.nextInt(80));
		Label label = F.createLabel();
		label.setDx(random.nextInt(10));
		label.setDy(40 + random.nextInt(10));
		node.setLabel(label);
		return node;
	}

	private static String uuid(Random random) {
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}
}
