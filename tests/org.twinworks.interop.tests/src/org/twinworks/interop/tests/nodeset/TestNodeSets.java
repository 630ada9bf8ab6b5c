// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.nodeset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The test corpus as files (copied out of the test bundle once, however the bundle is installed), and an independent
 * plain pass over a file that counts what it declares, so the importer is checked against the files, not itself.
 */
final class TestNodeSets {
	static final String BASE = "http://opcfoundation.org/UA/";
	static final String DI = "http://opcfoundation.org/UA/DI/";
	static final String MACHINERY = "http://opcfoundation.org/UA/Machinery/";
	static final String EXAMPLES = "http://opcfoundation.org/UA/Machinery_Example/";
	static final String PADIM = "http://opcfoundation.org/UA/PADIM/";
	static final String IRDI = "http://opcfoundation.org/UA/Dictionary/IRDI";
	static final String IA = "http://opcfoundation.org/UA/IA/";

	private static Path root;

	private TestNodeSets() {
	}

	static synchronized Path root() throws IOException {
		if (root == null) {
			Path copy = Files.createTempDirectory("nodesets");
			Bundle bundle = FrameworkUtil.getBundle(TestNodeSets.class);
			Enumeration<URL> entries = bundle.findEntries("testdata/opcua-nodesets", "*.xml", true);
			while (entries != null && entries.hasMoreElements()) {
				URL url = entries.nextElement();
				String relative = url.getPath().substring(url.getPath().indexOf("opcua-nodesets/") + 15);
				Path target = copy.resolve(relative);
				Files.createDirectories(target.getParent());
				try (InputStream in = url.openStream()) {
					Files.copy(in, target);
				}
			}
			root = copy;
		}
		return root;
	}

	static Path file(String relative) throws IOException {
		return root().resolve(relative);
	}

	static Path di() throws IOException {
		return file("DI/Opc.Ua.Di.NodeSet2.xml");
	}

	static Path machinery() throws IOException {
		return file("Machinery/Opc.Ua.Machinery.NodeSet2.xml");
	}

	static Path examples() throws IOException {
		return file("Machinery/Opc.Ua.Machinery.Examples.NodeSet2.xml");
	}

	static Path ia() throws IOException {
		return file("IA/Opc.Ua.IA.NodeSet2.xml");
	}

	static Path irdi() throws IOException {
		return file("PADIM/Opc.Ua.IRDI.NodeSet2.xml");
	}

	static Path padim() throws IOException {
		return file("PADIM/Opc.Ua.PADIM.NodeSet2.xml");
	}

	/** What a plain StAX pass sees of one declared node. */
	record Declared(String element, String namespaceUri, String identifier, String parentNodeId, boolean isAbstract,
			boolean hasModellingRule, String typeDefinition) {
		String nsu() {
			return "nsu=" + namespaceUri + ";" + identifier;
		}
	}

	/** Every node element of a file with its namespace URI; nothing of the importer used. */
	static List<Declared> declared(Path file) throws IOException, XMLStreamException {
		List<Declared> found = new ArrayList<>();
		List<String> uris = new ArrayList<>(List.of(BASE));
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
			String element = null;
			Map<String, String> attributes = new HashMap<>();
			boolean rule = false;
			String typeDefinition = null;
			String referenceType = null;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();
					if ("Uri".equals(name)) {
						uris.add(reader.getElementText().strip());
					} else if (name.startsWith("UA") && !"UANodeSet".equals(name)) {
						element = name;
						attributes.clear();
						for (int i = 0; i < reader.getAttributeCount(); i++) {
							attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
						}
						rule = false;
						typeDefinition = null;
					} else if ("Reference".equals(name) && element != null) {
						referenceType = reader.getAttributeValue(null, "ReferenceType");
						boolean forward = !"false".equals(reader.getAttributeValue(null, "IsForward"));
						String target = reader.getElementText().strip();
						if (forward && ("HasModellingRule".equals(referenceType) || "i=37".equals(referenceType))) {
							rule = true;
						}
						if (forward && ("HasTypeDefinition".equals(referenceType) || "i=40".equals(referenceType))) {
							typeDefinition = target;
						}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(element)) {
					String id = attributes.get("NodeId");
					int ns = 0;
					String identifier = id;
					if (id.startsWith("ns=")) {
						ns = Integer.parseInt(id.substring(3, id.indexOf(';')));
						identifier = id.substring(id.indexOf(';') + 1);
					}
					found.add(new Declared(element, uris.get(ns), identifier, attributes.get("ParentNodeId"),
							"true".equals(attributes.get("IsAbstract")), rule,
							typeDefinition == null ? null : nsu(typeDefinition, uris)));
					element = null;
				}
			}
		}
		return found;
	}

	static String nsu(String fileNodeId, List<String> uris) {
		if (!fileNodeId.startsWith("ns=")) {
			return "nsu=" + BASE + ";" + fileNodeId;
		}
		int semicolon = fileNodeId.indexOf(';');
		return "nsu=" + uris.get(Integer.parseInt(fileNodeId.substring(3, semicolon))) + ";"
				+ fileNodeId.substring(semicolon + 1);
	}

	static long count(List<Declared> nodes, String element, String namespaceUri) {
		return nodes.stream().filter(n -> n.element().equals(element) && n.namespaceUri().equals(namespaceUri)).count();
	}

	/** The 1-based line of the first line containing the text. */
	static int lineOf(Path file, String text) throws IOException {
		// Latin-1 reads any bytes, so hostile files can be searched too
		List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}
}
