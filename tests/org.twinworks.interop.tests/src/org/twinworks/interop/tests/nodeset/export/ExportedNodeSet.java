// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.nodeset.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.twinworks.interop.xml.SafeXml;

/**
 * An exported NodeSet read back with a small StAX pass, independent of the exporter's code: the header, the alias
 * table and every node with its attributes, references and value (flattened to {@code Element/Child → text}).
 */
final class ExportedNodeSet {

	record Reference(String type, String target, boolean forward) {
	}

	record Node(String kind, Map<String, String> attributes, String displayName, String description,
			List<Reference> references, Map<String, String> value) {

		String id() {
			return attributes.get("NodeId");
		}

		String attribute(String name) {
			return attributes.get(name);
		}

		/** Targets of the references of this type (an alias name) and direction. */
		List<String> targets(String type, boolean forward) {
			return references.stream().filter(r -> r.type().equals(type) && r.forward() == forward)
					.map(Reference::target).toList();
		}
	}

	final List<String> namespaceUris = new ArrayList<>();
	final Map<String, String> model = new HashMap<>();
	final Map<String, String> requiredModel = new HashMap<>();
	final Map<String, String> aliases = new LinkedHashMap<>();
	final List<Node> nodes = new ArrayList<>();
	final Map<String, Node> byId = new HashMap<>();
	int duplicateIds;

	static ExportedNodeSet read(byte[] xml) throws XMLStreamException {
		ExportedNodeSet set = new ExportedNodeSet();
		XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
		while (reader.hasNext()) {
			if (reader.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			switch (reader.getLocalName()) {
			case "Uri" -> set.namespaceUris.add(reader.getElementText());
			case "Model" -> attributes(reader, set.model);
			case "RequiredModel" -> attributes(reader, set.requiredModel);
			case "Alias" -> set.aliases.put(reader.getAttributeValue(null, "Alias"), reader.getElementText());
			case "UAObject", "UAVariable", "UAObjectType", "UAVariableType" -> set.add(node(reader));
			default -> {
				// the root and the header's containers
			}
			}
		}
		return set;
	}

	Node node(String id) {
		Node node = byId.get(id);
		if (node == null) {
			throw new AssertionError("no node " + id);
		}
		return node;
	}

	/** The child reached from {@code parent} by a forward reference of {@code type} whose BrowseName is given. */
	Node child(Node parent, String type, String browseName) {
		return parent.targets(type, true).stream().map(this::node)
				.filter(n -> n.attribute("BrowseName").equals(browseName)).findFirst()
				.orElseThrow(() -> new AssertionError(parent.id() + " has no " + type + " " + browseName));
	}

	Node byDisplayName(String kind, String displayName) {
		return nodes.stream().filter(n -> n.kind().equals(kind) && n.displayName().equals(displayName)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " " + displayName));
	}

	private void add(Node node) {
		nodes.add(node);
		if (byId.put(node.id(), node) != null) {
			duplicateIds++;
		}
	}

	private static void attributes(XMLStreamReader reader, Map<String, String> into) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			into.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
		}
	}

	private static Node node(XMLStreamReader reader) throws XMLStreamException {
		String kind = reader.getLocalName();
		Map<String, String> attributes = new HashMap<>();
		attributes(reader, attributes);
		String displayName = "";
		String description = "";
		List<Reference> references = new ArrayList<>();
		Map<String, String> value = new LinkedHashMap<>();
		int depth = 1;
		List<String> valuePath = new ArrayList<>();
		while (depth > 0) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				if (depth == 1 && name.equals("DisplayName")) {
					displayName = reader.getElementText();
				} else if (depth == 1 && name.equals("Description")) {
					description = reader.getElementText();
				} else if (depth == 2 && name.equals("Reference")) {
					String type = reader.getAttributeValue(null, "ReferenceType");
					boolean forward = !"false".equals(reader.getAttributeValue(null, "IsForward"));
					references.add(new Reference(type, reader.getElementText(), forward));
				} else {
					depth++;
					if (depth > 2 || name.equals("Value")) {
						valuePath.add(name);
					}
				}
			} else if (event == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace() && !valuePath.isEmpty()) {
				String key = String.join("/", valuePath.subList(1, valuePath.size()));
				value.merge(key, reader.getText(), (a, b) -> a + "|" + b);
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if (!valuePath.isEmpty()) {
					valuePath.remove(valuePath.size() - 1);
				}
			}
		}
		return new Node(kind, attributes, displayName, description, references, value);
	}
}
