// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvTagList;
import org.twinworks.interop.csv.CsvTagListReader;
import org.twinworks.interop.csv.CsvTagRow;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.SignalDirection;

class CsvDialectTest {
	@TempDir
	Path dir;

	@Test
	void readsCommaAndDecimalPointInUtf8WithoutBom() throws Exception {
		Path file = write("flows.csv",
				"Tag,Description,Unit,Min,Max,Hi\r\nFT-101,Raw water flow,m³/h,0.5,600,550.25\r\n"
						+ "FT-102,Filter flow,MQH,-1.5e1,250,\r\n",
				StandardCharsets.UTF_8, false);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals("UTF-8, ',', decimal point", list.dialect().describe());
		CsvTagRow first = list.rows().get(0);
		assertEquals("Raw water flow", first.name());
		assertEquals("MQH", first.unit().code());
		assertEquals("m³/h", first.unit().symbol());
		assertEquals(0.5, first.rangeLow());
		assertEquals(600.0, first.rangeHigh());
		assertEquals(550.25, first.limits().get(AlarmKind.HIGH));
		CsvTagRow second = list.rows().get(1);
		assertEquals(-15.0, second.rangeLow());
		assertEquals("m³/h", second.unit().symbol(), "a code alone gets its usual symbol");
		assertTrue(second.limits().isEmpty(), "an empty cell sets nothing");
	}

	@Test
	void readsSemicolonAndDecimalCommaInUtf8WithBom() throws Exception {
		Path file = write("füllstände.csv",
				"Tag;Beschreibung;Einheit;Min;Max;LoLo\nLT-101;Füllstand Rohwasser;m;0,5;6,25;"
						+ "0,1\nLT-201;Füllstand Reinwasser, Kammer 1;m;0;5;\n",
				StandardCharsets.UTF_8, true);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals(StandardCharsets.UTF_8, list.dialect().charset());
		assertTrue(list.dialect().byteOrderMark());
		assertEquals(';', list.dialect().delimiter());
		assertEquals(',', list.dialect().decimalSeparator());
		assertEquals("LT-101", list.rows().get(0).tag(), "the BOM is not part of the first header");
		assertEquals(0.5, list.rows().get(0).rangeLow());
		assertEquals(6.25, list.rows().get(0).rangeHigh());
		assertEquals(0.1, list.rows().get(0).limits().get(AlarmKind.LOW_LOW));
		assertEquals("Füllstand Reinwasser, Kammer 1", list.rows().get(1).name());
	}

	@Test
	void readsWindows1252WithUmlautsInDescriptions() throws Exception {
		Path file = write("kühlung.csv",
				"Symbol;Kommentar;Einheit;Richtung\nTT-301;Temperatur Kühlwasser Rücklauf;°C;E\n"
						+ "XV-301;Ventil Außenbecken;;A\n",
				Charset.forName("windows-1252"), false);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals("windows-1252", list.dialect().charset().name());
		assertFalse(list.dialect().byteOrderMark());
		assertEquals("Temperatur Kühlwasser Rücklauf", list.rows().get(0).name());
		assertEquals("CEL", list.rows().get(0).unit().code());
		assertEquals(SignalDirection.INPUT, list.rows().get(0).direction());
		assertEquals("Ventil Außenbecken", list.rows().get(1).name());
		assertEquals(SignalDirection.OUTPUT, list.rows().get(1).direction());
		assertNull(list.rows().get(1).unit());
	}

	@Test
	void readsTabSeparatedValues() throws Exception {
		Path file = write("tags.txt", "Name\tComment\tEU\tLo\tHi\nPT-101\tPressure, discharge\tbar\t1.5\t8\n",
				StandardCharsets.UTF_8, false);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals('\t', list.dialect().delimiter());
		assertEquals("Pressure, discharge", list.rows().get(0).name());
		assertEquals(1.5, list.rows().get(0).limits().get(AlarmKind.LOW));
		assertEquals(8.0, list.rows().get(0).limits().get(AlarmKind.HIGH));
	}

	@Test
	void readsUtf16WithBomAsExcelSavesUnicodeText() throws Exception {
		byte[] text = "Tag\tDescription\nTT-1\tTempérature\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[text.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(text, 0, bytes, 2, text.length);
		Path file = dir.resolve("unicode.txt");
		Files.write(file, bytes);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals(StandardCharsets.UTF_16LE, list.dialect().charset());
		assertEquals("Température", list.rows().get(0).name());
	}

	@Test
	void keepsQuotedNewlinesDelimitersAndQuotesAndCountsTheirLines() throws Exception {
		Path file = write("quoted.csv", "Tag,Description,Notes\n" //
				+ "P-101.RUN,\"Pump 1, running\",\"first line\r\nsecond line\"\n" // lines 2-3
				+ "P-101.CMD,\"Start \"\"now\"\"\",\"a\nb\nc\"\n" // lines 4-6
				+ "P-101.FLT,Fault,\n", // line 7
				StandardCharsets.UTF_8, false);
		List<CsvTagRow> rows = CsvTagListReader.read(file, CsvImportOptions.defaults()).rows();
		assertEquals(List.of(2, 4, 7), rows.stream().map(CsvTagRow::line).toList());
		assertEquals("Pump 1, running", rows.get(0).name());
		assertEquals("first line\r\nsecond line", rows.get(0).notes());
		assertEquals("Start \"now\"", rows.get(1).name());
		assertEquals("a\nb\nc", rows.get(1).notes());
		assertNull(rows.get(2).notes());
	}

	@Test
	void aSemicolonFileWithCommasInItsTextIsStillSemicolonSeparated() throws Exception {
		Path file = write("mixed.csv", "Tag;Description;Min;Max\nA;one, two, three;0,5;1,5\nB;four, five;1;2\n",
				StandardCharsets.UTF_8, false);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals(';', list.dialect().delimiter());
		assertEquals(',', list.dialect().decimalSeparator());
		assertEquals("one, two, three", list.rows().get(0).name());
	}

	private Path write(String name, String text, Charset charset, boolean bom) throws Exception {
		byte[] content = text.getBytes(charset);
		byte[] bytes = bom ? new byte[content.length + 3] : content;
		if (bom) {
			bytes[0] = (byte) 0xEF;
			bytes[1] = (byte) 0xBB;
			bytes[2] = (byte) 0xBF;
			System.arraycopy(content, 0, bytes, 3, content.length);
		}
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}
}
