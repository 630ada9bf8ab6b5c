// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.model.persistence.PlantFiles;

/** Notation commands, synchronisation with the semantic model, mapping evaluation and persistence, headless. */
class NotationTest {
	@TempDir
	Path folder;
	private DiagramFixture fixture;
	private CommandStack stack;

	@BeforeEach
	void setUp() {
		fixture = new DiagramFixture(folder, 2, 4);
		stack = fixture.domain.getCommandStack();
	}

	@Test
	void removingAViewFromTheDiagramTakesItsEdgesAndUndoBringsThemBack() {
		Diagram diagram = fixture.fullDiagram();
		int edges = diagram.getEdges().size();
		Node second = diagram.getNodes().get(0).getChildren().get(1);
		stack.execute(NotationCommands.removeViews(fixture.domain, List.of(second)));
		assertFalse(diagram.getNodes().get(0).getChildren().contains(second));
		for (Edge edge : diagram.getEdges()) {
			assertNotNull(edge.getSource().eContainer(), "no edge may point at a removed view");
			assertNotNull(edge.getTarget().eContainer());
		}
		assertTrue(diagram.getEdges().size() < edges);
		assertNotNull(fixture.equipment(0, 1).eResource(), "delete from diagram keeps the semantic element");
		stack.undo();
		assertEquals(edges, diagram.getEdges().size());
		assertTrue(diagram.getNodes().get(0).getChildren().contains(second));
	}
	@Test
	void savingIsDeterministicAndRoundTrips() throws Exception {
		Diagram diagram = fixture.fullDiagram();
		PlantFiles.save(fixture.model, folder.resolve("test.twin"));
		Path file = folder.resolve("test.twindiagram");
		NotationFiles.save(fixture.notation, file);
		byte[] first = Files.readAllBytes(file);
		assertArrayEquals(first, NotationFiles.bytes(fixture.notation), "same diagram, same bytes");

		var set = PlantFiles.newResourceSet();
		PlantFiles.load(set, folder.resolve("test.twin"));
		LoadedNotation loaded = NotationFiles.load(set, file);
		assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
		assertEquals(1, loaded.diagrams().size());
		Diagram reread = loaded.diagrams().get(0);
		assertEquals(diagram.getEdges().size(), reread.getEdges().size());
		for (Edge edge : reread.getEdges()) {
			assertNotNull(edge.getSource().eContainer(), "edge ends resolve after loading");
		}
		assertArrayEquals(first, NotationFiles.bytes(loaded.resource()), "load and save changes nothing");
	}
	@Test
	void aMalformedFileOpensWithItsProblemAndLine() throws Exception {
		Path file = folder.resolve("broken.twindiagram");
		Files.writeString(file,
				"<?xml version=\"1.0\"?>\n<notation:Diagram xmlns:notation=\"urn:twinworks:notation:1\"\n"
						+ "  name=\"x\">\n  <nodes x=\"1\"\n</notation:Diagram>\n",
				StandardCharsets.UTF_8);
		LoadedNotation loaded = NotationFiles.load(fixture.set, file);
		assertTrue(loaded.hasErrors());
		assertTrue(loaded.problems().get(0).line() >= 4, "the problem names its line: " + loaded.problems());
		assertEquals(file, loaded.problems().get(0).file());
	}
}
