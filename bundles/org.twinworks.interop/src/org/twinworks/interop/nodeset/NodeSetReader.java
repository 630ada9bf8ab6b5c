// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.xml.SafeXml;

/**
 * Reads a UANodeSet file in one streaming pass (StAX through {@link SafeXml}: no DTD, no external entities) into a
 * {@link NodeSetFile}. Sizes are bounded by {@link Limits}; every error names the file, line and column.
 */
public final class NodeSetReader {

	/**
	 * How much one file may hold.
	 *
	 * @param maxNodes nodes per file
	 * @param maxElements XML elements per file
	 * @param maxTextLength characters of one text or attribute value
	 */
	public record Limits(int maxNodes, long maxElements, int maxTextLength) {
		/** Ample for every published companion specification and for generated plants of a few million nodes. */
		public static final Limits DEFAULT = new Limits(2_000_000, 100_000_000L, 1 << 20);
	}

	private final Limits limits;

	public NodeSetReader() {
		this(Limits.DEFAULT);
	}

	public NodeSetReader(Limits limits) {
		this.limits = limits;
	}

	public NodeSetFile read(Path file) throws NodeSetException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		} catch (IOException e) {
			throw new NodeSetException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
		}
	}

	/** @param name the file's name for messages */
	public NodeSetFile read(InputStream in, String name) throws NodeSetException {
		XMLStreamReader reader = null;
		try {
			// the parser takes the encoding from the XML declaration and fails on bytes that do not fit it
			reader = SafeXml.inputFactory().createXMLStreamReader(new BufferedInputStream(in, 1 << 16));
			return new Pass(reader, name, limits).run();
		} catch (XMLStreamException e) {
			throw malformed(name, reader, e);
		} catch (RuntimeException e) {
			// some StAX implementations report an undecodable byte as an unchecked exception
			throw malformed(name, reader, new XMLStreamException(e.getMessage(), e));
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException ignored) {
					// closing after a failure: the failure is what counts
				}
			}
		}
	}

	private static NodeSetException malformed(String name, @Nullable XMLStreamReader reader, XMLStreamException e) {
		if (e.getCause() instanceof NodeSetException known) {
			return known;
		}
		Location where = e.getLocation() != null ? e.getLocation() : reader != null ? safeLocation(reader) : null;
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int cut = message.indexOf("Message: ");
		if (cut >= 0) {
			message = message.substring(cut + "Message: ".length());
		}
		Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
		if (cause instanceof java.io.CharConversionException
				|| cause instanceof java.nio.charset.CharacterCodingException) {
			message = "the bytes do not match the file's declared encoding (UTF-8 unless it says otherwise): "
					+ message;
		}
		return new NodeSetException(name, where == null ? 0 : where.getLineNumber(),
				where == null ? 0 : Math.max(0, where.getColumnNumber()), "not a readable NodeSet2 file: " + message,
				e);
	}

	private static @Nullable Location safeLocation(XMLStreamReader reader) {
		try {
			return reader.getLocation();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** One pass over one file; holds the cursor state. */
	private static final class Pass implements ValueReader.Cursor {
		private final XMLStreamReader reader;
		private final String name;
		private final Limits limits;
		private long elements;
		private final List<String> namespaceUris = new ArrayList<>();
		private final List<ModelInfo> models = new ArrayList<>();
		private final Map<String, String> aliases = new HashMap<>();
		private final List<RawNode> nodes = new ArrayList<>();

		Pass(XMLStreamReader reader, String name, Limits limits) {
			this.reader = reader;
			this.name = name;
			this.limits = limits;
		}

		NodeSetFile run() throws XMLStreamException, NodeSetException {
			int event = nextTag();
			if (event != XMLStreamConstants.START_ELEMENT || !"UANodeSet".equals(reader.getLocalName())) {
				throw error("the root element is not UANodeSet");
			}
			while ((event = nextTag()) == XMLStreamConstants.START_ELEMENT) {
				String element = reader.getLocalName();
				UaNodeClass nodeClass = UaNodeClass.ofElement(element);
				if (nodeClass != null) {
					if (nodes.size() >= limits.maxNodes()) {
						throw error("more than " + limits.maxNodes() + " nodes in one file");
					}
					nodes.add(readNode(nodeClass));
				} else {
					switch (element) {
					case "NamespaceUris" -> readNamespaceUris();
					case "Models" -> readModels();
					case "Aliases" -> readAliases();
					default -> skip();
					}
				}
			}
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.DTD) {
					throw error("a DTD is not allowed in a NodeSet2 file");
				}
			}
			return new NodeSetFile(name, namespaceUris, models, aliases, nodes);
		}

		/** Next start or end element, refusing a DTD and counting elements. */
		private int nextTag() throws XMLStreamException, NodeSetException {
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					if (++elements > limits.maxElements()) {
						throw error("more than " + limits.maxElements() + " XML elements");
					}
					return event;
				}
				case XMLStreamConstants.END_ELEMENT -> {
					return event;
				}
				case XMLStreamConstants.DTD -> throw error(
						"a DTD is not allowed in a NodeSet2 file (it is how entity and external-entity attacks get in)");
				case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity references are not allowed");
				default -> {
					// text between elements, comments, processing instructions
				}
				}
			}
			return XMLStreamConstants.END_DOCUMENT;
		}

		/** The text of the current element up to its end; nested elements are an error. */
		private String text() throws XMLStreamException, NodeSetException {
			StringBuilder text = new StringBuilder();
			while (true) {
				int event = reader.next();
				switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					text.append(reader.getText());
					if (text.length() > limits.maxTextLength()) {
						throw error("a text longer than " + limits.maxTextLength() + " characters");
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					return text.toString().strip();
				}
				case XMLStreamConstants.START_ELEMENT ->
					throw error("unexpected element <" + reader.getLocalName() + "> inside a text");
				case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity references are not allowed");
				default -> {
					// comments
				}
				}
			}
		}

		private void skip() throws XMLStreamException, NodeSetException {
			int depth = 1;
			while (depth > 0) {
				int event = nextTag();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				} else {
					throw error("the file ends inside an element");
				}
			}
		}

		private void readNamespaceUris() throws XMLStreamException, NodeSetException {
			while (nextTag() == XMLStreamConstants.START_ELEMENT) {
				if ("Uri".equals(reader.getLocalName())) {
					namespaceUris.add(text());
				} else {
					skip();
				}
			}
		}

		private void readModels() throws XMLStreamException, NodeSetException {
			while (nextTag() == XMLStreamConstants.START_ELEMENT) {
				if (!"Model".equals(reader.getLocalName())) {
					skip();
					continue;
				}
				int line = line();
				String uri = required("ModelUri");
				String version = attribute("Version");
				Instant date = date();
				List<ModelInfo> required = new ArrayList<>();
				while (nextTag() == XMLStreamConstants.START_ELEMENT) {
					if ("RequiredModel".equals(reader.getLocalName())) {
						required.add(
								new ModelInfo(required("ModelUri"), attribute("Version"), date(), List.of(), line()));
					}
					skip();
				}
				models.add(new ModelInfo(uri, version, date, required, line));
			}
		}

		private @Nullable Instant date() throws NodeSetException {
			String text = attribute("PublicationDate");
			if (text == null) {
				return null;
			}
			try {
				return text.length() == 10 ? Instant.parse(text + "T00:00:00Z") : Instant.parse(text);
			} catch (DateTimeParseException e) {
				throw error("PublicationDate '" + text + "' is not an xs:dateTime");
			}
		}

		private void readAliases() throws XMLStreamException, NodeSetException {
			while (nextTag() == XMLStreamConstants.START_ELEMENT) {
				if ("Alias".equals(reader.getLocalName())) {
					String alias = required("Alias");
					aliases.put(alias, text());
				} else {
					skip();
				}
			}
		}

		private RawNode readNode(UaNodeClass nodeClass) throws XMLStreamException, NodeSetException {
			int line = line();
			int column = reader.getLocation().getColumnNumber();
			String nodeId = required("NodeId");
			String browseName = required("BrowseName");
			String parent = attribute("ParentNodeId");
			String dataType = attribute("DataType");
			Integer valueRank = integer("ValueRank");
			Integer accessLevel = integer("AccessLevel");
			boolean isAbstract = "true".equals(attribute("IsAbstract"));
			String symbolicName = attribute("SymbolicName");
			Integer eventNotifier = integer("EventNotifier");
			String displayName = null;
			String description = null;
			List<RawReference> references = new ArrayList<>();
			UaValue value = null;
			while (nextTag() == XMLStreamConstants.START_ELEMENT) {
				switch (reader.getLocalName()) {
				case "DisplayName" -> {
					String text = text();
					displayName = displayName == null ? text : displayName;
				}
				case "Description" -> {
					String text = text();
					description = description == null ? text : description;
				}
				case "References" -> readReferences(references);
				case "Value" -> value = new ValueReader(this).read();
				default -> skip();
				}
			}
			return new RawNode(nodeClass, nodeId, browseName, displayName, description, parent, dataType, valueRank,
					accessLevel, isAbstract, symbolicName, eventNotifier, references, value, line, column);
		}

		private void readReferences(List<RawReference> into) throws XMLStreamException, NodeSetException {
			while (nextTag() == XMLStreamConstants.START_ELEMENT) {
				if ("Reference".equals(reader.getLocalName())) {
					String type = required("ReferenceType");
					boolean forward = !"false".equals(attribute("IsForward"));
					into.add(new RawReference(type, forward, text()));
				} else {
					skip();
				}
			}
		}

		private @Nullable String attribute(String attribute) throws NodeSetException {
			String value = reader.getAttributeValue(null, attribute);
			if (value != null && value.length() > limits.maxTextLength()) {
				throw error("attribute " + attribute + " is longer than " + limits.maxTextLength() + " characters");
			}
			return value;
		}

		private String required(String attribute) throws NodeSetException {
			String value = attribute(attribute);
			if (value == null || value.isBlank()) {
				throw error("<" + reader.getLocalName() + "> has no " + attribute);
			}
			return value;
		}

		private @Nullable Integer integer(String attribute) throws NodeSetException {
			String value = attribute(attribute);
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value.strip());
			} catch (NumberFormatException e) {
				throw error(attribute + "='" + value + "' is not an integer");
			}
		}

		private int line() {
			return reader.getLocation().getLineNumber();
		}

		@Override
		public NodeSetException error(String problem) {
			Location where = reader.getLocation();
			return new NodeSetException(name, where.getLineNumber(), Math.max(0, where.getColumnNumber()), problem,
					null);
		}

		@Override
		public XMLStreamReader reader() {
			return reader;
		}

		@Override
		public int nextTagOf() throws XMLStreamException, NodeSetException {
			return nextTag();
		}

		@Override
		public String textOf() throws XMLStreamException, NodeSetException {
			return text();
		}

		@Override
		public void skipOf() throws XMLStreamException, NodeSetException {
			skip();
		}
	}
}
