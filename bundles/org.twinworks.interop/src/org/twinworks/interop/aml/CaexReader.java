// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.MissingResourceException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.twinworks.interop.xml.SafeXml;

/**
 * Reads a CAEX file in one StAX pass through {@link SafeXml} (a DTD is refused, so no entity tricks). Accepts CAEX
 * 2.15 without a namespace and CAEX 3.0 in {@value CaexDocument#NAMESPACE_3_0}; elements of other namespaces (vendor
 * extensions) are skipped.
 */
public final class CaexReader {

	private CaexReader() {
	}

	public static CaexDocument read(Path file) throws IOException, AmlException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	public static CaexDocument read(InputStream in, String name) throws AmlException {
		XMLStreamReader reader = null;
		try {
			reader = SafeXml.inputFactory().createXMLStreamReader(in);
			return read(reader, name);
		} catch (XMLStreamException malformed) {
			Location where = malformed.getLocation();
			throw new AmlException(name, where == null ? 0 : where.getLineNumber(),
					"not well-formed XML: " + firstLine(malformed.getMessage()));
		} catch (MissingResourceException unworded) {
			// the JDK's StAX parser has no words for some fatal errors (an invalid character in a DTD) and throws this
			Location where = reader == null ? null : reader.getLocation();
			throw new AmlException(name, where == null ? 0 : where.getLineNumber(),
					"not well-formed XML (" + unworded.getKey() + ")");
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException ignored) {
					// the stream is closed by the caller
				}
			}
		}
	}

	private static CaexDocument read(XMLStreamReader reader, String name) throws XMLStreamException, AmlException {
		Deque<CaexElement> open = new ArrayDeque<>();
		CaexElement root = null;
		String namespace = null;
		int count = 0;
		int skipDepth = 0;
		while (reader.hasNext()) {
			int event = reader.next();
			switch (event) {
			case XMLStreamConstants.DTD -> throw new AmlException(name, reader.getLocation().getLineNumber(),
					"a DTD is not allowed in a CAEX file (entities could read files or exhaust memory)");
			case XMLStreamConstants.ENTITY_REFERENCE ->
				throw new AmlException(name, reader.getLocation().getLineNumber(),
						"entity reference &" + reader.getLocalName() + "; not allowed");
			case XMLStreamConstants.START_ELEMENT -> {
				int line = reader.getLocation().getLineNumber();
				String uri = reader.getNamespaceURI();
				uri = uri == null ? "" : uri;
				if (root == null) {
					if (!"CAEXFile".equals(reader.getLocalName())) {
						throw new AmlException(name, line,
								"expected a CAEXFile element, found <" + reader.getLocalName() + ">");
					}
					if (!uri.isEmpty() && !CaexDocument.NAMESPACE_3_0.equals(uri)) {
						throw new AmlException(name, line, "unknown CAEX namespace " + uri);
					}
					namespace = uri;
				}
				if (skipDepth > 0 || !uri.equals(namespace)) {
					skipDepth++;
					continue;
				}
				CaexElement element = new CaexElement(reader.getLocalName(), line);
				for (int i = 0; i < reader.getAttributeCount(); i++) {
					element.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
				}
				if (root == null) {
					root = element;
				} else {
					open.peek().children().add(element);
				}
				open.push(element);
				count++;
			}
			case XMLStreamConstants.END_ELEMENT -> {
				if (skipDepth > 0) {
					skipDepth--;
				} else {
					open.pop();
				}
			}
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
				if (skipDepth == 0 && !open.isEmpty() && !reader.isWhiteSpace()) {
					open.peek().appendText(reader.getText());
				}
			}
			default -> {
				// comments, processing instructions, whitespace
			}
			}
		}
		if (root == null) {
			throw new AmlException(name, 1, "no CAEXFile element");
		}
		String version = root.attribute("SchemaVersion", "");
		boolean v3 = CaexDocument.NAMESPACE_3_0.equals(namespace);
		if (v3 ? !version.equals("3.0") : !version.startsWith("2.")) {
			throw new AmlException(name, root.line(), "SchemaVersion \"" + version + "\" does not match the "
					+ (v3 ? "CAEX 3.0 namespace (expected 3.0)" : "file without namespace (expected CAEX 2.15)"));
		}
		return new CaexDocument(name, version, root, count);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int cut = message.indexOf('\n');
		String line = cut < 0 ? message : message.substring(cut + 1);
		return line.strip();
	}
}
