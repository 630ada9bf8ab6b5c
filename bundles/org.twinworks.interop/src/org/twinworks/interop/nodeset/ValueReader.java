// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/** Reads a {@code <Value>}: the first child decides what is kept. */
final class ValueReader {

	/** The reader's position in the file, as the value reader needs it. */
	interface Cursor {
		XMLStreamReader reader();

		int nextTagOf() throws XMLStreamException, NodeSetException;

		String textOf() throws XMLStreamException, NodeSetException;

		void skipOf() throws XMLStreamException, NodeSetException;

		NodeSetException error(String problem);
	}

	/** The most texts kept of a list value. */
	static final int MAX_LIST = 4096;

	private final Cursor pass;

	ValueReader(Cursor pass) {
		this.pass = pass;
	}

	@Nullable
	UaValue read() throws XMLStreamException, NodeSetException {
		UaValue value = null;
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			String type = pass.reader().getLocalName();
			if (value != null) {
				pass.skipOf();
			} else if ("ExtensionObject".equals(type)) {
				value = extensionObject();
			} else if ("LocalizedText".equals(type)) {
				value = new UaValue.Scalar(type, localizedText());
			} else if (isScalar(type)) {
				value = new UaValue.Scalar(type, pass.textOf());
			} else if ("ListOfLocalizedText".equals(type) || "ListOfString".equals(type)) {
				value = textList();
			} else {
				value = new UaValue.Unsupported(type);
				pass.skipOf();
			}
		}
		return value;
	}

	private static boolean isScalar(String type) {
		return switch (type) {
		case "Boolean", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Float", "Double",
				"String", "DateTime" ->
			true;
		default -> false;
		};
	}

	private UaValue.TextList textList() throws XMLStreamException, NodeSetException {
		java.util.List<String> texts = new java.util.ArrayList<>();
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			if (texts.size() >= MAX_LIST) {
				pass.skipOf(); // an enumeration of more states than anyone reads; the rest is dropped
			} else if ("LocalizedText".equals(pass.reader().getLocalName())) {
				texts.add(localizedText());
			} else {
				texts.add(pass.textOf());
			}
		}
		return new UaValue.TextList(texts);
	}

	private String localizedText() throws XMLStreamException, NodeSetException {
		String text = "";
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			if ("Text".equals(pass.reader().getLocalName())) {
				text = pass.textOf();
			} else {
				pass.skipOf();
			}
		}
		return text;
	}

	private UaValue extensionObject() throws XMLStreamException, NodeSetException {
		String typeId = null;
		UaValue body = new UaValue.Unsupported("ExtensionObject");
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			switch (pass.reader().getLocalName()) {
			case "TypeId" -> typeId = typeId();
			case "Body" -> body = body();
			default -> pass.skipOf();
			}
		}
		if (body instanceof UaValue.EuInformation eu) {
			return new UaValue.EuInformation(typeId, eu.namespaceUri(), eu.unitId(), eu.displayName(),
					eu.description());
		}
		if (body instanceof UaValue.Range range) {
			return new UaValue.Range(typeId, range.low(), range.high());
		}
		return body;
	}

	private @Nullable String typeId() throws XMLStreamException, NodeSetException {
		String id = null;
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			if ("Identifier".equals(pass.reader().getLocalName())) {
				id = pass.textOf();
			} else {
				pass.skipOf();
			}
		}
		return id;
	}

	private UaValue body() throws XMLStreamException, NodeSetException {
		UaValue body = new UaValue.Unsupported("ExtensionObject");
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			switch (pass.reader().getLocalName()) {
			case "EUInformation" -> body = euInformation();
			case "Range" -> body = range();
			default -> {
				body = new UaValue.Unsupported(pass.reader().getLocalName());
				pass.skipOf();
			}
			}
		}
		return body;
	}

	private UaValue euInformation() throws XMLStreamException, NodeSetException {
		String namespaceUri = null;
		int unitId = -1;
		String displayName = null;
		String description = null;
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			switch (pass.reader().getLocalName()) {
			case "NamespaceUri" -> namespaceUri = pass.textOf();
			case "UnitId" -> unitId = parseInt(pass.textOf());
			case "DisplayName" -> displayName = localizedText();
			case "Description" -> description = localizedText();
			default -> pass.skipOf();
			}
		}
		return new UaValue.EuInformation(null, namespaceUri, unitId, displayName, description);
	}

	private UaValue range() throws XMLStreamException, NodeSetException {
		double low = Double.NaN;
		double high = Double.NaN;
		while (pass.nextTagOf() == XMLStreamConstants.START_ELEMENT) {
			switch (pass.reader().getLocalName()) {
			case "Low" -> low = parseDouble(pass.textOf());
			case "High" -> high = parseDouble(pass.textOf());
			default -> pass.skipOf();
			}
		}
		return new UaValue.Range(null, low, high);
	}

	private int parseInt(String text) throws NodeSetException {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw pass.error("UnitId '" + text + "' is not an Int32");
		}
	}

	private double parseDouble(String text) throws NodeSetException {
		try {
			return switch (text) {
			case "INF" -> Double.POSITIVE_INFINITY;
			case "-INF" -> Double.NEGATIVE_INFINITY;
			default -> Double.parseDouble(text);
			};
		} catch (NumberFormatException e) {
			throw pass.error("'" + text + "' is not a Double");
		}
	}
}
