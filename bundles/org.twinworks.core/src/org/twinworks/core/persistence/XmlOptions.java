// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * EMF load and save options every Twinworks XML format uses. Loading refuses DTDs and external entities (no
 * XXE, no billion laughs); saving is deterministic UTF-8, so the same content always saves to the same bytes.
 */
public final class XmlOptions {

	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

	private XmlOptions() {
	}

	/** Safe parser settings (no DTDs, no external entities) and EMF's faster load options. */
	public static Map<Object, Object> load() {
		Map<Object, Object> options = new HashMap<>();
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		return options;
	}

	public static Map<Object, Object> save() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		// a reference to an element outside any resource is recorded as an error, not thrown mid-save
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
		return options;
	}
}
