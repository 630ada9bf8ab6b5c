// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.aml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The AutomationML test files copied out of the test bundle, and an independent DOM/XPath count of what they
 * declare, so the importer is checked against the files and not against itself.
 */
final class AmlFiles {
	private static Path root;

	private AmlFiles() {
	}

	static synchronized Path root() throws IOException {
		if (root == null) {
			Path copy = Files.createTempDirectory("aml");
			Bundle bundle = FrameworkUtil.getBundle(AmlFiles.class);
			Enumeration<URL> entries = bundle.findEntries("testdata/automationml", "*", false);
			while (entries != null && entries.hasMoreElements()) {
				URL url = entries.nextElement();
				String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
				if (!name.isEmpty()) {
					try (InputStream in = url.openStream()) {
						Files.copy(in, copy.resolve(name));
					}
				}
			}
			root = copy;
		}
		return root;
	}

	static List<Path> amlFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		try (var stream = Files.list(root())) {
			stream.filter(p -> p.toString().endsWith(".aml")).sorted().forEach(files::add);
		}
		return files;
	}

	static Document dom(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	/** The values of an XPath over local names, e.g. IDs. */
	static Set<String> strings(Document document, String xpath) throws Exception {
		NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
				XPathConstants.NODESET);
		Set<String> values = new HashSet<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getNodeValue());
		}
		return values;
	}

	static int count(Document document, String xpath) throws Exception {
		return ((Double) XPathFactory.newInstance().newXPath().evaluate("count(" + xpath + ")", document,
				XPathConstants.NUMBER)).intValue();
	}

	static Element root(Document document) {
		return document.getDocumentElement();
	}

	static void validateCaex30(byte[] xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		Schema schema = factory.newSchema(new StreamSource(root().resolve("CAEX_ClassModel_V.3.0.xsd").toFile()));
		Validator validator = schema.newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}
}
