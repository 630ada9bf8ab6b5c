// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.nodeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.nodeset.NodeSetException;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.NodeSetReader;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;

/** Hostile and broken files: each refused naming the file and line, and nothing loaded. */
class NodeSetRejectionTest {
	private static final String TEST_URI = "http://example.com/Test/";

	@TempDir
	Path dir;

	private int baseNodes;

	@BeforeEach
	void rememberTheBase() throws Exception {
		baseNodes = NodeSetLibrary.base().nodes().size();
	}

	@AfterEach
	void theBaseIsUntouched() throws Exception {
		assertEquals(baseNodes, NodeSetLibrary.base().nodes().size());
		assertEquals(1, NodeSetLibrary.base().models().size());
	}

	@Test
	void aMissingRequiredModelIsNamedWithItsVersionDateAndTheFileThatNeedsIt() throws Exception {
		Path machinery = TestNodeSets.machinery();
		NodeSetException e = rejected(List.of(machinery));
		assertEquals(machinery.toString(), e.file());
		assertEquals(TestNodeSets.lineOf(machinery, "<RequiredModel ModelUri=\"" + TestNodeSets.DI + "\""), e.line());
		assertTrue(e.getMessage().contains(TestNodeSets.DI), e.getMessage());
		assertTrue(e.getMessage().contains("1.04.0"), e.getMessage());
		assertTrue(e.getMessage().contains("2022-11-03"), e.getMessage());
		assertTrue(e.getMessage().startsWith(machinery + ":" + e.line()), e.getMessage());
	}

	@Test
	void aTooOldModelIsRefusedAndALaterOneAccepted() throws Exception {
		Path needsNewDi = write("new.xml", header("<RequiredModel ModelUri=\"" + TestNodeSets.DI
				+ "\" Version=\"9.0\" PublicationDate=\"2099-01-01T00:00:00Z\"/>", TestNodeSets.DI) + footer());
		NodeSetException e = rejected(List.of(needsNewDi, TestNodeSets.di()));
		assertEquals(needsNewDi.toString(), e.file());
		assertEquals(4, e.line());
		assertTrue(e.getMessage().contains("older") && e.getMessage().contains("2099-01-01"), e.getMessage());

		Path needsOldDi = write("old.xml", header("<RequiredModel ModelUri=\"" + TestNodeSets.DI
				+ "\" Version=\"1.0\" PublicationDate=\"2010-01-01T00:00:00Z\"/>", TestNodeSets.DI) + footer());
		NodeSetLibrary library = NodeSetLibrary.of(List.of(needsOldDi, TestNodeSets.di()));
		assertTrue(library.models().containsKey(TEST_URI));
	}

	@Test
	void anUnknownAliasIsRefusedAtItsNode() throws Exception {
		Path file = write("alias.xml",
				header("", null)
						+ """
								  <UAObject NodeId="ns=1;i=1" BrowseName="1:Pump">
								    <References><Reference ReferenceType="HasNoSuchReference" IsForward="false">i=85</Reference></References>
								  </UAObject>
								"""
						+ footer());
		NodeSetException e = rejected(List.of(file));
		assertEquals(file.toString(), e.file());
		assertEquals(TestNodeSets.lineOf(file, "BrowseName=\"1:Pump\""), e.line());
		assertTrue(e.getMessage().contains("HasNoSuchReference"), e.getMessage());
	}

	@Test
	void aDuplicateNodeIdIsRefusedAtItsSecondDeclaration() throws Exception {
		Path file = write("duplicate.xml", header("", null) + """
				  <UAObject NodeId="ns=1;i=1" BrowseName="1:Pump">
				    <References><Reference ReferenceType="Organizes" IsForward="false">i=85</Reference></References>
				  </UAObject>
				  <UAObject NodeId="ns=1;i=1" BrowseName="1:Valve">
				    <References><Reference ReferenceType="Organizes" IsForward="false">i=85</Reference></References>
				  </UAObject>
				""" + footer());
		NodeSetException e = rejected(List.of(file));
		assertEquals(TestNodeSets.lineOf(file, "BrowseName=\"1:Valve\""), e.line());
		assertTrue(e.getMessage().contains("duplicate NodeId ns=1;i=1"), e.getMessage());
	}

	@Test
	void aNodeThatCollidesWithTheBaseModelIsRefused() throws Exception {
		Path file = write("collide.xml", header("", null) + """
				  <UAObject NodeId="i=85" BrowseName="Objects"/>
				""" + footer());
		NodeSetException e = rejected(List.of(file));
		assertEquals(TestNodeSets.lineOf(file, "NodeId=\"i=85\""), e.line());
		assertTrue(e.getMessage().contains("Opc.Ua.NodeSet2.xml"), e.getMessage());
	}

	@Test
	void aReferenceToAMissingNodeIsRefused() throws Exception {
		Path file = write("dangling.xml", header("", null) + """
				  <UAObject NodeId="ns=1;i=1" BrowseName="1:Pump">
				    <References><Reference ReferenceType="HasComponent">ns=1;i=999</Reference></References>
				  </UAObject>
				""" + footer());
		NodeSetException e = rejected(List.of(file));
		assertEquals(TestNodeSets.lineOf(file, "BrowseName=\"1:Pump\""), e.line());
		assertTrue(e.getMessage().contains("nsu=" + TEST_URI + ";i=999"), e.getMessage());
	}

	@Test
	void bytesThatAreNotUtf8AsDeclaredAreRefusedWithTheirLine() throws Exception {
		String text = header("", null) + """
				  <UAObject NodeId="ns=1;i=1" BrowseName="1:Pump">
				    <DisplayName>Pompe de relevage</DisplayName>
				  </UAObject>
				""" + footer();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// Windows-1252 'é' (0xE9) in a file that says it is UTF-8
		bytes.writeBytes(text.replace("Pompe de relevage", "Pompe d\u00e9bit").getBytes(StandardCharsets.ISO_8859_1));
		Path file = dir.resolve("latin1.xml");
		Files.write(file, bytes.toByteArray());
		NodeSetException e = rejected(List.of(file));
		assertEquals(file.toString(), e.file());
		assertEquals(TestNodeSets.lineOf(file, "<DisplayName>"), e.line(), e.getMessage());
		assertTrue(e.getMessage().contains("encoding"), e.getMessage());
	}

	@Test
	void anExternalEntityIsRefusedAndNeverRead() throws Exception {
		Path secret = write("secret.txt", "top secret");
		Path file = write("xxe.xml",
				"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE UANodeSet [\n<!ENTITY x SYSTEM \""
						+ secret.toUri()
						+ "\">\n]>\n<UANodeSet xmlns=\"http://opcfoundation.org/UA/2011/03/UANodeSet.xsd\">\n"
						+ "<NamespaceUris><Uri>&x;</Uri></NamespaceUris>\n</UANodeSet>\n");
		NodeSetException e = rejected(List.of(file));
		assertEquals(file.toString(), e.file());
		assertTrue(e.line() > 0, e.getMessage());
		assertTrue(!e.getMessage().contains("top secret"), e.getMessage());
	}

	@Test
	void malformedXmlIsRefusedWithLineAndColumn() throws Exception {
		Path file = write("broken.xml", header("", null) + "  <UAObject NodeId=\"ns=1;i=1\" BrowseName=\"1:P\">\n"
				+ "  </UAVariable>\n" + footer());
		NodeSetException e = rejected(List.of(file));
		assertEquals(TestNodeSets.lineOf(file, "</UAVariable>"), e.line());
		assertTrue(e.column() > 0, e.getMessage());
	}

	@Test
	void aFileOverTheNodeLimitIsRefused() throws Exception {
		Path file = write("big.xml", header("", null) + """
				  <UAObject NodeId="ns=1;i=1" BrowseName="1:A"/>
				  <UAObject NodeId="ns=1;i=2" BrowseName="1:B"/>
				""" + footer());
		NodeSetException e = assertThrows(NodeSetException.class,
				() -> new NodeSetReader(new NodeSetReader.Limits(1, 1000, 1000)).read(file));
		assertEquals(TestNodeSets.lineOf(file, "1:B"), e.line());
		assertTrue(e.getMessage().contains("more than 1 nodes"), e.getMessage());
	}

	@Test
	void oneBadFileLoadsNothingOfTheOthers() throws Exception {
		Path good = write("good.xml", header("", null) + """
				  <UAObject NodeId="ns=1;i=1" BrowseName="1:Pump">
				    <References><Reference ReferenceType="Organizes" IsForward="false">i=85</Reference></References>
				  </UAObject>
				""" + footer());
		Path bad = write("bad.xml", header("", null).replace(TEST_URI, "http://example.com/Other/")
				+ "  <UAObject NodeId=\"ns=1;i=1\" BrowseName=\"1:X\"><References><Reference ReferenceType=\"Nope\">i=85</Reference></References></UAObject>\n"
				+ footer());
		NodeSetLibrary withGood = NodeSetLibrary.of(List.of(good));
		int nodes = withGood.nodes().size();
		NodeSetException e = assertThrows(NodeSetException.class, () -> withGood.load(List.of(bad), List.of()));
		assertEquals(bad.toString(), e.file());
		assertEquals(nodes, withGood.nodes().size());
		assertEquals(-1, withGood.namespaceIndex("http://example.com/Other/"));
		rejected(List.of(good, bad));
	}

	/** Refused by the library and by the importer alike. */
	private static NodeSetException rejected(List<Path> files) {
		assertThrows(NodeSetException.class, () -> NodeSetImporter.read(files, NodeSetImportOptions.DEFAULT));
		return assertThrows(NodeSetException.class, () -> NodeSetLibrary.of(files));
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	/** Lines 1-5: declaration, root, namespaces, model with one optional extra RequiredModel on line 4. */
	private static String header(String requiredModel, String extraNamespace) {
		return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
				+ "<UANodeSet xmlns=\"http://opcfoundation.org/UA/2011/03/UANodeSet.xsd\">\n" + "<NamespaceUris><Uri>"
				+ TEST_URI + "</Uri>" + (extraNamespace == null ? "" : "<Uri>" + extraNamespace + "</Uri>")
				+ "</NamespaceUris><Models><Model ModelUri=\"" + TEST_URI
				+ "\" Version=\"1.0\" PublicationDate=\"2024-01-01T00:00:00Z\">\n" + requiredModel + "\n"
				+ "</Model></Models>\n"
				+ "<Aliases><Alias Alias=\"Organizes\">i=35</Alias><Alias Alias=\"HasComponent\">i=47</Alias></Aliases>\n";
	}

	private static String footer() {
		return "</UANodeSet>\n";
	}
}
