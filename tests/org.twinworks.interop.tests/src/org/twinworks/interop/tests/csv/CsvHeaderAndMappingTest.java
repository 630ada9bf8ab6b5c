// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.csv.CsvField;
import org.twinworks.interop.csv.CsvImportException;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvLimits;
import org.twinworks.interop.csv.CsvMappingFile;
import org.twinworks.interop.csv.CsvPreview;
import org.twinworks.interop.csv.CsvTagList;
import org.twinworks.interop.csv.CsvTagListReader;
import org.twinworks.interop.csv.CsvTagRow;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

class CsvHeaderAndMappingTest {
	@TempDir
	Path dir;

	@Test
	void mapsAPlcTagTableExport() throws Exception {
		Path file = write("PLC tags.csv",
				"Name;Path;Data Type;Logical Address;Comment;Hmi Visible\n"
						+ "Motor_Run;Default tag table;Bool;%I0.0;Pump motor running;True\n"
						+ "Tank_Level;Default tag table;Real;%ID100;Level of the tank;True\n"
						+ "Counter;Default tag table;DInt;%MD4;Starts;False\n");
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals("Name", list.mapping().headerOf(CsvField.TAG));
		assertEquals("Data Type", list.mapping().headerOf(CsvField.DATA_TYPE));
		assertEquals("Comment", list.mapping().headerOf(CsvField.DESCRIPTION));
		assertEquals(List.of("Path", "Logical Address", "Hmi Visible"), list.mapping().unmappedHeaders());
		assertEquals(List.of(SignalDataType.BOOLEAN, SignalDataType.FLOAT, SignalDataType.INT32),
				list.rows().stream().map(CsvTagRow::dataType).toList());
		assertEquals("Pump motor running", list.rows().get(0).name());
	}

	@Test
	void mapsScadaAlarmColumnsAndPrefersTagnameOverAddress() throws Exception {
		Path file = write("scada.csv", "Tagname,Address,Description,EU,Min,Max,LoLo,Lo,Hi,HiHi,IO Type,Access\n"
				+ "LT-101,40001,Tank level,m,0,6,0.5,1,5,5.5,AI,RW\n");
		CsvTagRow row = CsvTagListReader.read(file, CsvImportOptions.defaults()).rows().get(0);
		assertEquals("LT-101", row.tag());
		assertEquals(0.5, row.limits().get(AlarmKind.LOW_LOW));
		assertEquals(1.0, row.limits().get(AlarmKind.LOW));
		assertEquals(5.0, row.limits().get(AlarmKind.HIGH));
		assertEquals(5.5, row.limits().get(AlarmKind.HIGH_HIGH));
		assertEquals(SignalDirection.INPUT, row.direction());
		assertEquals(Access.READ_WRITE, row.access());
		assertEquals("MTR", row.unit().code());
	}

	@Test
	void mapsGermanHeaders() throws Exception {
		Path file = write("liste.csv",
				"Symbol;Beschreibung;Einheit;Messbereich Anfang;Messbereich Ende;Richtung;"
						+ "Datentyp;Zugriff;Anlagenteil;Betriebsmittel\n"
						+ "PT-1;Druck Pumpe;bar;0;16;E;REAL;Lesen;Pumpstation;P-1\n");
		CsvTagRow row = CsvTagListReader.read(file, CsvImportOptions.defaults()).rows().get(0);
		assertEquals("Druck Pumpe", row.name());
		assertEquals(16.0, row.rangeHigh());
		assertEquals(SignalDirection.INPUT, row.direction());
		assertEquals(Access.READ, row.access());
		assertEquals("Pumpstation", row.area());
		assertEquals("P-1", row.equipment());
	}

	@Test
	void skipsLinesBeforeTheHeaderWithAWarning() throws Exception {
		Path file = write("export.csv",
				"Exported by Engineering Tool 4.2\nProject: Riverside\n\nTag,Description\n" + "FT-1,Flow\n");
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		assertEquals(5, list.rows().get(0).line());
		assertEquals(1, list.warnings().size());
		assertTrue(list.warnings().get(0).contains("skipped lines 1 to 3"), list.warnings().toString());
	}

	@Test
	void aMappingFileOverridesTheGuessAndTheDialect() throws Exception {
		// guessing would take Name for the tag and Text for the description; the file says otherwise
		Path file = write("odd.csv", "Name;Text;Range;Obere Grenze\nPump one;P-1.RUN;1,5;9,5\n");
		Path mapping = dir.resolve("odd.mapping");
		Files.writeString(mapping, """
				# which column is what
				tag = Text
				description=Name
				low = Range
				high = Obere Grenze
				decimal = ,
				unit =
				""");
		CsvMappingFile overrides = CsvMappingFile.read(mapping, CsvLimits.DEFAULT);
		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults().withMapping(overrides));
		CsvTagRow row = list.rows().get(0);
		assertEquals("P-1.RUN", row.tag());
		assertEquals("Pump one", row.name());
		assertEquals(1.5, row.rangeLow());
		assertEquals(9.5, row.rangeHigh());
		assertEquals(',', list.dialect().decimalSeparator());
		assertFalse(list.mapping().has(CsvField.UNIT));
	}

	@Test
	void aMappingFileNamingAMissingColumnOrAnUnknownFieldIsRefusedWithItsLine() throws Exception {
		Path file = write("tags.csv", "Tag,Description\nA,a\n");
		Path missing = dir.resolve("missing.mapping");
		Files.writeString(missing, "description = Kommentar\n");
		CsvImportException thrown = assertThrows(CsvImportException.class, () -> CsvTagListReader.read(file,
				CsvImportOptions.defaults().withMapping(CsvMappingFile.read(missing, CsvLimits.DEFAULT))));
		assertTrue(thrown.getMessage().contains("Kommentar") && thrown.getMessage().contains("[Tag, Description]"),
				thrown.getMessage());

		Path unknown = dir.resolve("unknown.mapping");
		Files.writeString(unknown, "tag = Tag\n\ncolour = Farbe\n");
		thrown = assertThrows(CsvImportException.class, () -> CsvMappingFile.read(unknown, CsvLimits.DEFAULT));
		assertEquals(3, thrown.problems().get(0).line());
		assertTrue(thrown.getMessage().contains("unknown field 'colour'"), thrown.getMessage());
	}

	@Test
	void previewShowsDialectMappingAndTheFirstRowsWithTheirProblems() throws Exception {
		Path file = write("preview.csv", "Tag;Description;Unit;Min;Max;Vendor field\nA;first;bar;0;10;x\n"
				+ "B;second;furlong;0;1;y\nC;third;;;;z\nD;fourth;;;;w\n");
		CsvPreview preview = CsvTagListReader.preview(file, CsvImportOptions.defaults(), 3);
		assertEquals(';', preview.dialect().delimiter());
		assertEquals(1, preview.headerLine());
		assertEquals("Unit", preview.mapping().headerOf(CsvField.UNIT));
		assertEquals(List.of("Vendor field"), preview.unmappedHeaders());
		assertEquals(4, preview.totalRows());
		assertEquals(3, preview.rows().size());
		assertEquals("first", preview.rows().get(0).cells().get(CsvField.DESCRIPTION));
		assertTrue(preview.rows().get(0).problems().isEmpty());
		assertEquals(3, preview.rows().get(1).line());
		assertTrue(preview.rows().get(1).problems().get(0).contains("unknown unit 'furlong'"),
				preview.rows().get(1).problems().toString());
		assertNull(preview.rows().get(2).cells().get(CsvField.UNIT));
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
