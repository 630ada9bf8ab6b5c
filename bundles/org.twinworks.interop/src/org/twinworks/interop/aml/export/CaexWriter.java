// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.aml.AmlFeatures;
import org.twinworks.interop.aml.CaexDocument;

/** CAEX 3.0 elements one a line, indented, so that import errors on an exported file point at a useful line. */
final class CaexWriter {
	static final String NS = CaexDocument.NAMESPACE_3_0;

	private final XMLStreamWriter xml;
	private final Deque<Boolean> open = new ArrayDeque<>();

	CaexWriter(XMLStreamWriter xml) {
		this.xml = xml;
	}

	XMLStreamWriter xml() {
		return xml;
	}

	void start(String tag) throws XMLStreamException {
		indent();
		xml.writeStartElement(NS, tag);
		open.push(Boolean.FALSE);
	}

	void empty(String tag) throws XMLStreamException {
		indent();
		xml.writeEmptyElement(NS, tag);
	}

	void end() throws XMLStreamException {
		if (open.pop()) {
			xml.writeCharacters("\n" + "\t".repeat(open.size()));
		}
		xml.writeEndElement();
	}

	void attr(String name, String value) throws XMLStreamException {
		xml.writeAttribute(name, value);
	}

	void text(String tag, String value) throws XMLStreamException {
		start(tag);
		xml.writeCharacters(value);
		end();
	}

	/** A CAEX Attribute with a value (or none). */
	void attribute(String name, String type, @Nullable String value) throws XMLStreamException {
		start("Attribute");
		attr("Name", name);
		attr("AttributeDataType", type);
		if (value != null) {
			text("Value", value);
		}
		end();
	}

	/** The features of the element that are set, as CAEX Attributes ({@link AmlFeatures}). */
	void features(EObject element, List<EAttribute> features) throws XMLStreamException {
		for (EAttribute feature : features) {
			Object value = element.eGet(feature);
			if (element.eIsSet(feature) && value != null) {
				attribute(AmlFeatures.attributeName(feature), AmlFeatures.xsType(feature),
						AmlFeatures.text(feature, value));
			}
		}
	}

	/** Opens an ExternalInterface; the caller writes its attributes and ends it. */
	void startInterface(String name, String id, String classPath) throws XMLStreamException {
		start("ExternalInterface");
		attr("Name", name);
		attr("ID", id);
		attr("RefBaseClassPath", classPath);
	}

	void link(String name, String id, String sideA, String sideB) throws XMLStreamException {
		empty("InternalLink");
		attr("Name", name);
		attr("ID", id);
		attr("RefPartnerSideA", sideA);
		attr("RefPartnerSideB", sideB);
	}

	void role(String path) throws XMLStreamException {
		empty("RoleRequirements");
		attr("RefBaseRoleClassPath", path);
	}

	private void indent() throws XMLStreamException {
		if (!open.isEmpty()) {
			open.pop();
			open.push(Boolean.TRUE);
		}
		xml.writeCharacters("\n" + "\t".repeat(open.size()));
	}
}
