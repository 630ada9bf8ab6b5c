// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.twinworks.interop.xml.SafeXml;

class SafeXmlTest {

	@Test
	void refusesAnExternalEntity() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
		XMLStreamException thrown = assertThrows(XMLStreamException.class, () -> readAll(xxe));
		assertTrue(thrown.getMessage() != null);
	}

	@Test
	void refusesEntityExpansion() {
		String bomb = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><a>&b;</a>";
		assertThrows(XMLStreamException.class, () -> readAll(bomb));
	}

	@Test
	void readsPlainXml() throws XMLStreamException {
		assertTrue(readAll("<a><b>text</b></a>").contains("text"));
	}

	private static String readAll(String xml) throws XMLStreamException {
		XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml));
		StringBuilder text = new StringBuilder();
		while (reader.hasNext()) {
			if (reader.next() == XMLStreamReader.CHARACTERS) {
				text.append(reader.getText());
			}
		}
		return text.toString();
	}
}
