// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.xml;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX factories for files nobody here wrote. A DTD is refused outright (the XML formats we read have none, and a
 * DTD is how entity expansion and external entity attacks get in); the JDK's limits bound element depth, attribute
 * count and text sizes.
 */
public final class SafeXml {

	/** The deepest element nesting accepted; NodeSet2 and CAEX files nest a few dozen levels at most. */
	public static final int MAX_DEPTH = 256;

	private SafeXml() {
	}

	public static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		setIfSupported(factory, "jdk.xml.maxElementDepth", MAX_DEPTH);
		setIfSupported(factory, "jdk.xml.entityExpansionLimit", 0);
		return factory;
	}

	private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
		try {
			factory.setProperty(property, value);
		} catch (IllegalArgumentException notSupported) {
			// another StAX implementation: the DTD refusal above is what keeps entities out
		}
	}
}
