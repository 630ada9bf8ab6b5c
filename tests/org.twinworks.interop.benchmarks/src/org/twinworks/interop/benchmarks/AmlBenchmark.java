// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.interop.aml.CaexReader;
import org.twinworks.interop.aml.export.AmlExporter;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.SyntheticPlants;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * AutomationML import and export of a CAEX file of at least 100,000 elements (targets ≤ 5 s each), beside the JDK's
 * plain SAX and DOM parsers reading the same file in the same run.
 */
class AmlBenchmark {
	private static final int ROUNDS = 3;

	@TempDir
	Path dir;

	@Test
	void hundredThousandElementCaexFile() throws Exception {
		Plant plant = SyntheticPlants.create(50_000, 7);
		Path file = dir.resolve("synthetic.aml");
		AmlExporter.write(file, plant); // warm-up
		double export = Double.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			AmlExporter.write(file, plant);
			export = Math.min(export, Bench.seconds(start));
		}
		int elements = CaexReader.read(file).elementCount();
		assertTrue(elements >= 100_000, elements + " CAEX elements");

		ImportDraft draft = AmlImporter.importFile(file); // warm-up
		double read = Double.MAX_VALUE;
		double importing = Double.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			CaexReader.read(file);
			read = Math.min(read, Bench.seconds(start));
			start = System.nanoTime();
			draft = AmlImporter.importFile(file);
			importing = Math.min(importing, Bench.seconds(start));
		}
		assertEquals(plant.getConnections().size(), draft.plant().getConnections().size());

		double sax = Double.MAX_VALUE;
		double dom = Double.MAX_VALUE;
		int[] counted = new int[1];
		for (int round = 0; round <= ROUNDS; round++) { // the first round warms up
			counted[0] = 0;
			long start = System.nanoTime();
			try (InputStream in = Files.newInputStream(file)) {
				SAXParserFactory.newInstance().newSAXParser().parse(in, new DefaultHandler() {
					@Override
					public void startElement(String uri, String localName, String qName, Attributes attributes) {
						counted[0]++;
					}
				});
			}
			double seconds = Bench.seconds(start);
			sax = round == 0 ? sax : Math.min(sax, seconds);
			start = System.nanoTime();
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
			seconds = Bench.seconds(start);
			dom = round == 0 ? dom : Math.min(dom, seconds);
		}
		assertEquals(elements, counted[0]);
		Bench.print("aml export of the synthetic plant (%,d CAEX elements, %.1f MB): %.3f s best of %d (target ≤ 5 s)",
				elements, Files.size(file) / 1e6, export, ROUNDS);
		Bench.print("aml import of that file: %.3f s best of %d (target ≤ 5 s), of which CaexReader %.3f s", importing,
				ROUNDS, read);
		Bench.print("raw parse of the same file: SAX %.3f s, DOM %.3f s", sax, dom);
	}
}
