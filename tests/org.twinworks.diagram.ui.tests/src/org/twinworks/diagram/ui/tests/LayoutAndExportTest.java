// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.ui.export.DiagramExport;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Arranged edges as the scene draws them, and SVG export. */
class LayoutAndExportTest {
	@TempDir
	Path folder;

	@Test
	void arrangedEdgesAreOrthogonal() {
		SceneFixture fixture = new SceneFixture(folder, 1, 6);
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
	void svgExportIsWellFormedAndHasEveryFigure() throws Exception {
		SceneFixture fixture = new SceneFixture(folder, 2, 4);
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
