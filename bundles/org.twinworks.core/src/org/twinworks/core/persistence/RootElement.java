// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The first element of an XML file, read on its own (no DTD, no entities): what a "wrong kind of file" message
 * names when the content could not become the model a format expects.
 *
 * @param line      1-based line of the element's start tag
 * @param name      its qualified name as written, e.g. {@code twin:Plant}
 * @param namespace its namespace URI, "" when it has none
 */
public record RootElement(int line, String name, String namespace) {

	/** The root element, or null when the file has none that can be read. */
	public static @Nullable RootElement of(Path file) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamReader.START_ELEMENT) {
						String prefix = reader.getPrefix();
						String name = prefix == null || prefix.isEmpty()
								? reader.getLocalName()
								: prefix + ":" + reader.getLocalName();
						String namespace = reader.getNamespaceURI();
						return new RootElement(reader.getLocation().getLineNumber(), name,
								namespace == null ? "" : namespace);
					}
				}
			} finally {
				reader.close();
			}
		} catch (IOException | XMLStreamException | RuntimeException e) {
			return null;
		}
		return null;
	}
}
