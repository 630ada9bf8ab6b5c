package org.twinworks.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.export.DiagramExport;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.render.EdgeFigure;
import org.twinworks.diagram.render.Scene;
import org.twinworks.diagram.render.SceneRenderer;
import org.twinworks.diagram.render.SymbolLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** ELK arrange results and SVG export, headless. */
class LayoutAndExportTest {
	@TempDir
	Path folder;

	@Test
	void arrangeLeavesNoOverlapsAndKeepsEquipmentInsideItsArea() {
		DiagramFixture fixture = new DiagramFixture(folder, 3, 10);
		Diagram diagram = fixture.fullDiagram();
		List<Rectangle> before = boundsOfAllNodes(diagram);
		Command undoableBefore = fixture.domain.getCommandStack().getUndoCommand();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		assertNotEquals(before, boundsOfAllNodes(diagram), "arrange moved something");
		assertTrue(ElkArranger.overlaps(diagram.getNodes()).isEmpty(), "areas do not overlap");
		for (Node area : diagram.getNodes()) {
			assertTrue(ElkArranger.overlaps(area.getChildren()).isEmpty(), "equipment of " + area.getElement());
			Rectangle container = NotationCommands.absoluteBounds(area);
			for (Node child : area.getChildren()) {
				Rectangle r = NotationCommands.absoluteBounds(child);
				assertTrue(container.contains(r.x, r.y) && container.contains(r.x + r.width, r.y + r.height),
						"child " + r + " inside its container " + container);
			}
		}
		fixture.domain.getCommandStack().undo();
		assertTrue(fixture.domain.getCommandStack().canRedo(), "arrange is one undoable command");
		assertEquals(before, boundsOfAllNodes(diagram), "one undo restores every position and size exactly");
		assertSame(undoableBefore, fixture.domain.getCommandStack().getUndoCommand(),
				"one undo takes the whole arrange back: the stack is as before, nothing of it left to undo");
	}

	/** The bounds of every node, nested ones included, in a stable order. */
	private static List<Rectangle> boundsOfAllNodes(Diagram diagram) {
		List<Rectangle> bounds = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(o -> {
			if (o instanceof Node node) {
				bounds.add(new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
			}
		});
		return bounds;
	}

	@Test
	void arrangedEdgesAreOrthogonal() {
		DiagramFixture fixture = new DiagramFixture(folder, 1, 6);
		Diagram diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		Scene scene = fixture.builder.build(diagram);
		for (EdgeFigure edge : scene.edges()) {
			for (int i = 1; i + 2 < edge.route().size(); i++) {
				assertTrue(edge.route().x(i) == edge.route().x(i + 1) || edge.route().y(i) == edge.route().y(i + 1),
						"bendpoint segments are horizontal or vertical: " + edge.route());
			}
		}
	}

	@Test
	void arrangeSelectionKeepsTheGroupWhereItWas() {
		DiagramFixture fixture = new DiagramFixture(folder, 1, 5);
		Diagram diagram = fixture.fullDiagram();
		List<Node> children = new ArrayList<>(diagram.getNodes().get(0).getChildren());
		List<Node> selection = children.subList(0, 3);
		int minX = selection.stream().mapToInt(Node::getX).min().orElseThrow();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeSelection(fixture.domain, diagram, selection));
		assertEquals(minX, selection.stream().mapToInt(Node::getX).min().orElseThrow());
		assertTrue(ElkArranger.overlaps(selection).isEmpty());
	}

	@Test
	void svgExportIsWellFormedAndHasEveryFigure() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder, 2, 4);
		Diagram diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		Scene scene = fixture.builder.build(diagram);
		String svg = DiagramExport.svg(scene, new SceneRenderer(new SymbolLibrary()));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
		NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			labels.add(texts.item(i).getTextContent());
		}
		assertTrue(labels.containsAll(List.of("P-100", "TK-102", "P-203", "Area 0", "Area 1")), labels.toString());
		int polylines = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength();
		assertTrue(polylines >= scene.edges().size(), polylines + " polylines for " + scene.edges().size() + " edges");
		assertTrue(svg.contains("stroke-dasharray"), "the signal line is dashed");
	}
}
