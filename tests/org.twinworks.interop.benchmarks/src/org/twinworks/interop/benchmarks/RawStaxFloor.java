// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the JDK's StAX writer alone costs for a NodeSet of that many nodes: each a UAVariable with a NodeId, a
 * BrowseName, a DisplayName and two references, written to a file with no model work.
 */
final class RawStaxFloor {

	private RawStaxFloor() {
	}

	/** Writes the file and returns the seconds it took. */
	static double seconds(Path file, int nodes) throws Exception {
		long start = System.nanoTime();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("UANodeSet");
			for (int i = 0; i < nodes; i++) {
				xml.writeStartElement("UAVariable");
				xml.writeAttribute("NodeId", "ns=1;s=Area 1/Cell 1/Unit 1/P-" + i + ".S0");
				xml.writeAttribute("BrowseName", "1:P-" + i + ".S0");
				xml.writeAttribute("ParentNodeId", "ns=1;s=Area 1/Cell 1/Unit 1/P-" + i);
				xml.writeStartElement("DisplayName");
				xml.writeCharacters("Signal 0 of P-" + i);
				xml.writeEndElement();
				xml.writeStartElement("References");
				for (String type : new String[]{"HasTypeDefinition", "HasComponent"}) {
					xml.writeStartElement("Reference");
					xml.writeAttribute("ReferenceType", type);
					xml.writeCharacters("ns=1;s=Area 1/Cell 1/Unit 1/P-" + i);
					xml.writeEndElement();
				}
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		return Bench.seconds(start);
	}
}
