// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;

/**
 * `twinworks diagram` draws only a notation file that matches its model: a broken or mismatched one is reported
 * with file and line, exits 1 or 2, and leaves no SVG behind.
 */
class DiagramCommandTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	private Path model;
	private Path notation;
	private Path svg;
	private String xml;

	@BeforeEach
	void demo() throws IOException {
		model = dir.resolve("demo.twin");
		notation = dir.resolve("demo.twindiagram");
		svg = dir.resolve("out.svg");
		assertEquals(CliCommand.OK, cli.run("demo", model.toString()), err());
		xml = Files.readString(notation);
	}

	@Test
	void theDemoDiagramIsDrawn() {
		assertEquals(CliCommand.OK, cli.run("diagram", model.toString(), svg.toString()), err());
		assertTrue(Files.exists(svg));
		assertEquals("", err(), "no problems on a consistent pair");
	}

	@Test
	void aTruncatedNotationFileExitsWithTwoAndWritesNothing() throws IOException {
		Files.writeString(notation, xml.substring(0, xml.length() / 2));
		assertEquals(CliCommand.FAILED, cli.run("diagram", model.toString(), svg.toString()));
		assertTrue(err().matches("(?s).*" + Pattern.quote(notation.toString()) + ":\\d+:\\d+: error: .*"), err());
		assertNoSvg();
	}

	@Test
	void aViewOfAnElementTheModelDoesNotHaveIsReportedAtItsLine() throws IOException {
		Matcher element = Pattern.compile("<children element=\"([0-9a-f-]+)\"").matcher(xml);
		assertTrue(element.find());
		String gone = element.group(1);
		Files.writeString(notation, xml.replace(gone, "00000000-0000-0000-0000-000000000000"));
		int line = lineOf(xml, gone);
		assertEquals(CliCommand.PROBLEMS, cli.run("diagram", model.toString(), svg.toString()));
		assertTrue(err().contains(notation + ":" + line + ": error: diagram 'Overview': the node of mapping"), err());
		assertTrue(err().contains("which the model does not have"), err());
		assertTrue(err().contains("no SVG written"), err());
		assertNoSvg();
	}

	@Test
	void aModelSavedApartFromItsDiagramIsDetected() throws IOException {
		// what a crash between the two saves of `demo --force` leaves: a new model beside the old diagram
		String renumbered = Files.readString(model).replaceAll("xmi:id=\"[^\"]+\"", "");
		Files.writeString(model, renumbered); // every element gets a new id when it loads
		assertEquals(CliCommand.PROBLEMS, cli.run("diagram", model.toString(), svg.toString()));
		assertTrue(err().contains(
				"which the model does not have (the diagram was saved with another version of the" + " model?)"),
				err());
		assertNoSvg();
	}

	@Test
	void anUnknownMappingAndADanglingEdgeAreReported() throws IOException {
		String broken = xml.replaceFirst("mapping=\"pipe\"", "mapping=\"conveyor\"")
				.replaceFirst("source=\"//@nodes\\.0/[^\"]*\"", "source=\"//@nodes.0/@children.999\"");
		Files.writeString(notation, broken);
		int exit = cli.run("diagram", model.toString(), svg.toString());
		assertTrue(exit == CliCommand.PROBLEMS || exit == CliCommand.FAILED, "exit " + exit);
		assertTrue(err().contains("the edge of mapping 'conveyor' has a mapping this diagram does not define"), err());
		assertTrue(err().contains("//@nodes.0/@children.999") || err().contains("a dangling edge"), err());
		assertNoSvg();
	}

	@Test
	void geometryOutOfRangeOrNotANumberIsReported() throws IOException {
		Files.writeString(notation, xml.replaceFirst(" x=\"\\d+\"", " x=\"-2147483648\""));
		assertEquals(CliCommand.PROBLEMS, cli.run("diagram", model.toString(), svg.toString()));
		assertTrue(err().contains("has x = -2147483648, outside ±1000000"), err());
		assertNoSvg();

		err.reset();
		Files.writeString(notation, xml.replaceFirst(" width=\"\\d+\"", " width=\"NaN\""));
		int exit = cli.run("diagram", model.toString(), svg.toString());
		assertTrue(exit == CliCommand.PROBLEMS || exit == CliCommand.FAILED, "exit " + exit + ": " + err());
		assertTrue(err().matches("(?s).*" + Pattern.quote(notation.toString()) + ":\\d+:\\d+: error: .*NaN.*"), err());
		assertNoSvg();
	}

	@Test
	void absurdlyDeepNestingIsRefusedQuicklyWithoutAStackOverflow() throws IOException {
		Files.writeString(notation, nested(100_000));
		long start = System.nanoTime();
		int exit = cli.run("diagram", model.toString(), svg.toString());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertEquals(CliCommand.FAILED, exit, err());
		assertTrue(
				err().matches("(?s).*" + Pattern.quote(notation.toString())
						+ ":4:\\d+: error: not well-formed XML: The element \"children\" has a depth of \"101\".*"),
				err());
		assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "refused in " + took);
		assertNoSvg();

		err.reset();
		Files.writeString(notation, nested(80)); // the parser reads it; no plant nests containers that deep
		assertEquals(CliCommand.PROBLEMS, cli.run("diagram", model.toString(), svg.toString()), err());
		assertTrue(err().contains("nests nodes deeper than 64 levels"), err());
		assertNoSvg();
	}

	private static String nested(int depth) {
		StringBuilder deep = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notation:Diagram xmi:version=\"2.0\""
						+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:notation=\"urn:twinworks:notation:1\" name=\"Deep\""
						+ " description=\"twinworks.pid\">\n<nodes mapping=\"area\" x=\"0\" y=\"0\" width=\"10\" height=\"10\">\n");
		for (int i = 0; i < depth; i++) {
			deep.append("<children mapping=\"area\" x=\"0\" y=\"0\" width=\"10\" height=\"10\">");
		}
		return deep.append("</children>".repeat(depth)).append("\n</nodes>\n</notation:Diagram>\n").toString();
	}

	private void assertNoSvg() {
		assertFalse(Files.exists(svg), "no SVG is written for a broken diagram");
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static int lineOf(String text, String needle) {
		int at = text.indexOf(needle);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
