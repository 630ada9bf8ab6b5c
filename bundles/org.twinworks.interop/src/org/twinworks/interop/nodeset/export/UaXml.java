// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that indents (one element per line, two spaces a level, so files diff well) and never writes a
 * character XML 1.0 forbids: names typed by engineers may hold control characters, which become U+FFFD.
 */
final class UaXml {
	private static final String TYPES_PREFIX = "uax";
	private static final int MAX_DEPTH = 64;
	private static final char[] INDENT = "\n".concat(" ".repeat(2 * MAX_DEPTH)).toCharArray();

	private final XMLStreamWriter xml;
	private final boolean[] hasChildren = new boolean[MAX_DEPTH + 1];
	private int depth;

	UaXml(OutputStream out) throws XMLStreamException {
		xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
	}

	void startDocument() throws XMLStreamException {
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		xml.setDefaultNamespace(BaseModel.NODESET_NS);
		xml.setPrefix(TYPES_PREFIX, BaseModel.TYPES_NS);
		xml.writeCharacters("\n");
		xml.writeStartElement(BaseModel.NODESET_NS, "UANodeSet");
		xml.writeDefaultNamespace(BaseModel.NODESET_NS);
		xml.writeNamespace(TYPES_PREFIX, BaseModel.TYPES_NS);
		depth = 1;
		hasChildren[1] = false;
	}

	void endDocument() throws XMLStreamException {
		close();
		xml.writeCharacters("\n");
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	/** An element of the NodeSet schema. */
	void open(String name) throws XMLStreamException {
		newLine();
		xml.writeStartElement(BaseModel.NODESET_NS, name);
		enter();
	}

	/** An element of the UA Types schema (values and ExtensionObject bodies). */
	void openValue(String name) throws XMLStreamException {
		newLine();
		xml.writeStartElement(TYPES_PREFIX, name, BaseModel.TYPES_NS);
		enter();
	}

	/** An element of the NodeSet schema with attributes only: {@code <name …/>}; no {@link #close()}. */
	void empty(String name) throws XMLStreamException {
		newLine();
		xml.writeEmptyElement(BaseModel.NODESET_NS, name);
	}

	void attribute(String name, String value) throws XMLStreamException {
		xml.writeAttribute(name, clean(value));
	}

	void text(String text) throws XMLStreamException {
		xml.writeCharacters(clean(text));
	}

	void close() throws XMLStreamException {
		if (hasChildren[depth]) {
			xml.writeCharacters(INDENT, 0, 2 * depth - 1);
		}
		depth--;
		xml.writeEndElement();
	}

	/** {@code <name>text</name>} in the NodeSet schema. */
	void element(String name, String text) throws XMLStreamException {
		open(name);
		text(text);
		close();
	}

	/** {@code <uax:name>text</uax:name>}. */
	void valueElement(String name, String text) throws XMLStreamException {
		openValue(name);
		text(text);
		close();
	}

	private void newLine() throws XMLStreamException {
		hasChildren[depth] = true;
		xml.writeCharacters(INDENT, 0, 2 * depth + 1);
	}

	private void enter() {
		if (depth == MAX_DEPTH) {
			throw new IllegalStateException("the NodeSet nests deeper than " + MAX_DEPTH + " elements");
		}
		depth++;
		hasChildren[depth] = false;
	}

	static String clean(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!allowed(text.charAt(i))) {
				StringBuilder cleaned = new StringBuilder(text.length());
				for (int j = 0; j < text.length(); j++) {
					char c = text.charAt(j);
					cleaned.append(allowed(c) ? c : '\uFFFD');
				}
				return cleaned.toString();
			}
		}
		return text;
	}

	private static boolean allowed(char c) {
		return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
	}
}
