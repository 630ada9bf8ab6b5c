// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aml.AmlException;
import org.twinworks.interop.aml.AmlImporter;

/** Malformed CAEX is refused with file and line, and nothing comes out. */
class AmlRejectionTest {
	@TempDir
	Path dir;

	@Test
	void brokenLinkPartnerIsNamedWithItsLine() throws Exception {
		AmlException error = reject(
				AmlImportTest.ISA95_30.replace("RefPartnerSideB=\"e2:Inlet\"", "RefPartnerSideB=\"e9:Inlet\""));
		assertEquals(lineOf("pipe1"), error.line());
		assertTrue(error.getMessage().contains("e9:Inlet"), error.getMessage());
	}

	@Test
	void duplicateIdIsNamedWithBothLines() throws Exception {
		AmlException error = reject(
				AmlImportTest.ISA95_30.replace("Name=\"T101\" ID=\"e2\"", "Name=\"T101\" ID=\"e1\""));
		assertEquals(lineOf("T101"), error.line());
		assertTrue(error.getMessage().contains("duplicate ID e1 (first used on line " + lineOf("P101") + ")"),
				error.getMessage());
	}

	@Test
	void unknownClassPathIntoALibraryOfTheFileIsRefused() throws Exception {
		AmlException error = reject(AmlImportTest.ISA95_30.replace("Types/CentrifugalPump", "Types/GearPump"));
		assertEquals(lineOf("P101"), error.line());
		assertTrue(error.getMessage().contains("Types/GearPump"), error.getMessage());
	}

	@Test
	void externalEntityIsRefused() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CAEXFile [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]>\n<CAEXFile SchemaVersion=\"2.15\" FileName=\"x\"><InstanceHierarchy Name=\"&x;\"/></CAEXFile>";
		AmlException error = reject(xxe);
		assertEquals(2, error.line());
		assertTrue(error.getMessage().startsWith(dir.resolve("bad.aml") + ":2: "), error.getMessage());
	}

	/** Found by the hostile-files harness: the JDK's parser threw a MissingResourceException for this DTD. */
	@Test
	void anInvalidCharacterInADtdIsADiagnosticNotAnInternalError() throws Exception {
		AmlException error = reject(AmlImportTest.ISA95_30.replaceFirst("\\?>",
				"?>\n<!DOCTYPE r [<!ENTITY \u001b SYSTEM \"file:///etc/hostname\">]>"));
		assertTrue(error.getMessage().contains("not well-formed XML"), error.getMessage());
	}

	@Test
	void versionAndNamespaceMustAgree() throws Exception {
		AmlException error = reject(AmlImportTest.ISA95_30.replace("SchemaVersion=\"3.0\"", "SchemaVersion=\"2.15\""));
		assertEquals(2, error.line());
	}

	@Test
	void truncatedFileIsRefusedWithALine() throws Exception {
		String text = AmlImportTest.ISA95_30;
		AmlException error = reject(text.substring(0, text.indexOf("<InternalLink")));
		assertTrue(error.line() > 0, error.getMessage());
	}

	private AmlException reject(String content) throws Exception {
		Path file = Files.writeString(dir.resolve("bad.aml"), content);
		AmlException error = assertThrows(AmlException.class, () -> AmlImporter.importFile(file));
		assertEquals(file.toString(), error.file());
		assertTrue(error.getMessage().startsWith(file + ":" + error.line() + ": "), error.getMessage());
		return error;
	}

	private static int lineOf(String name) {
		String[] lines = AmlImportTest.ISA95_30.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains("Name=\"" + name + "\"")) {
				return i + 1;
			}
		}
		throw new AssertionError(name);
	}
}
